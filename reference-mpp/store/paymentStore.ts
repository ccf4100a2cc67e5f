/** Payments (phase-2 orders) by paymentRequestId and paymentId. */
import type { Amount, AuthorizationInfo } from "../../generated/types";
import type { Db } from "./database";

export type PaymentStatus = "PROCESSING" | "SUCCESS" | "FAILED" | "CLOSED";

export type WireAmount = Amount;

export interface PaymentRecord {
  paymentRequestId: string;
  paymentId: string;
  acquirerId: string;
  pspId: string;
  fingerprint: string;
  payResponse: Record<string, unknown>;
  userLoginId: string | null;
  customerId: string | null;
  status: PaymentStatus;
  resultCode: string | null;
  paymentAmount: WireAmount;
  payToAmount: WireAmount | null;
  paymentTime: string | null;
  expiresAt: number | null;
  redirectUrl: string | null;
  notifyUrl: string | null;
  authorizationInfo: AuthorizationInfo | null;
  oneClick: boolean;
  verifyToken: string | null;
  wrongAttempts: number;
  createdAt: number;
}

interface Row {
  payment_request_id: string;
  payment_id: string;
  acquirer_id: string;
  psp_id: string;
  fingerprint: string;
  pay_response: string;
  user_login_id: string | null;
  customer_id: string | null;
  status: PaymentStatus;
  result_code: string | null;
  payment_amount: string;
  pay_to_amount: string | null;
  payment_time: string | null;
  expires_at: number | null;
  redirect_url: string | null;
  notify_url: string | null;
  authorization_info: string | null;
  one_click: number;
  verify_token: string | null;
  wrong_attempts: number;
  created_at: number;
}

function fromRow(row: Row): PaymentRecord {
  return {
    paymentRequestId: row.payment_request_id,
    paymentId: row.payment_id,
    acquirerId: row.acquirer_id,
    pspId: row.psp_id,
    fingerprint: row.fingerprint,
    payResponse: JSON.parse(row.pay_response) as Record<string, unknown>,
    userLoginId: row.user_login_id,
    customerId: row.customer_id,
    status: row.status,
    resultCode: row.result_code,
    paymentAmount: JSON.parse(row.payment_amount) as WireAmount,
    payToAmount: row.pay_to_amount ? (JSON.parse(row.pay_to_amount) as WireAmount) : null,
    paymentTime: row.payment_time,
    expiresAt: row.expires_at,
    redirectUrl: row.redirect_url,
    notifyUrl: row.notify_url,
    authorizationInfo: row.authorization_info ? (JSON.parse(row.authorization_info) as AuthorizationInfo) : null,
    oneClick: row.one_click === 1,
    verifyToken: row.verify_token,
    wrongAttempts: row.wrong_attempts,
    createdAt: row.created_at,
  };
}

function toRow(p: PaymentRecord): Row {
  return {
    payment_request_id: p.paymentRequestId,
    payment_id: p.paymentId,
    acquirer_id: p.acquirerId,
    psp_id: p.pspId,
    fingerprint: p.fingerprint,
    pay_response: JSON.stringify(p.payResponse),
    user_login_id: p.userLoginId,
    customer_id: p.customerId,
    status: p.status,
    result_code: p.resultCode,
    payment_amount: JSON.stringify(p.paymentAmount),
    pay_to_amount: p.payToAmount ? JSON.stringify(p.payToAmount) : null,
    payment_time: p.paymentTime,
    expires_at: p.expiresAt,
    redirect_url: p.redirectUrl,
    notify_url: p.notifyUrl,
    authorization_info: p.authorizationInfo ? JSON.stringify(p.authorizationInfo) : null,
    one_click: p.oneClick ? 1 : 0,
    verify_token: p.verifyToken,
    wrong_attempts: p.wrongAttempts,
    created_at: p.createdAt,
  };
}

const columns = Object.keys(toRow({} as PaymentRecord));
const placeholders = columns.map((c) => `@${c}`).join(", ");

export type CreateOutcome = { created: true; payment: PaymentRecord } | { created: false; existing: PaymentRecord };

export class PaymentStore {
  private readonly byRequestId;
  private readonly byPaymentId;
  private readonly insert;
  private readonly replace;
  private readonly createOnceTx;

  constructor(private readonly db: Db) {
    this.byRequestId = db.prepare<[string], Row>("SELECT * FROM payments WHERE payment_request_id = ?");
    this.byPaymentId = db.prepare<[string], Row>("SELECT * FROM payments WHERE payment_id = ?");
    this.insert = db.prepare(`INSERT INTO payments (${columns.join(", ")}) VALUES (${placeholders})`);
    this.replace = db.prepare(`INSERT OR REPLACE INTO payments (${columns.join(", ")}) VALUES (${placeholders})`);
    // Lookup and insert in one transaction, on top of the primary key: a duplicate can never
    // create a second payment, even when requests arrive at the same moment.
    this.createOnceTx = db.transaction((payment: PaymentRecord): CreateOutcome => {
      const existing = this.findByRequestId(payment.paymentRequestId);
      if (existing) return { created: false, existing };
      this.insert.run(toRow(payment));
      return { created: true, payment };
    });
  }

  findByRequestId(paymentRequestId: string): PaymentRecord | undefined {
    const row = this.byRequestId.get(paymentRequestId);
    return row ? fromRow(row) : undefined;
  }

  findByPaymentId(paymentId: string): PaymentRecord | undefined {
    const row = this.byPaymentId.get(paymentId);
    return row ? fromRow(row) : undefined;
  }

  createOnce(payment: PaymentRecord): CreateOutcome {
    return this.createOnceTx(payment);
  }

  /** Overwrites whatever is stored under the id: only the idempotency faults use this. */
  overwrite(payment: PaymentRecord): void {
    this.replace.run(toRow(payment));
  }

  /**
   * Moves a payment out of PROCESSING. Returns the updated record, or undefined when it was
   * already final (a second verification or a late expiry timer changes nothing).
   */
  finalize(
    paymentId: string,
    status: Exclude<PaymentStatus, "PROCESSING">,
    resultCode: string | null,
    paymentTime: string | null,
  ): PaymentRecord | undefined {
    const changed = this.db
      .prepare(
        "UPDATE payments SET status = ?, result_code = ?, payment_time = ? WHERE payment_id = ? AND status = 'PROCESSING'",
      )
      .run(status, resultCode, paymentTime, paymentId).changes;
    return changed === 1 ? this.findByPaymentId(paymentId) : undefined;
  }

  /** Counts a wrong PIN or code; returns the new count. */
  addWrongAttempt(paymentId: string): number {
    this.db.prepare("UPDATE payments SET wrong_attempts = wrong_attempts + 1 WHERE payment_id = ?").run(paymentId);
    return this.findByPaymentId(paymentId)?.wrongAttempts ?? 0;
  }

  /**
   * The latest other payment whose paymentAmount differs from this one's: only the
   * notify-amount-of-another-payment fault uses it (an amount cached across payments).
   */
  latestWithOtherAmount(payment: PaymentRecord): PaymentRecord | undefined {
    const row = this.db
      .prepare<[string, string], Row>(
        "SELECT * FROM payments WHERE payment_request_id != ? AND payment_amount != ? ORDER BY created_at DESC LIMIT 1",
      )
      .get(payment.paymentRequestId, JSON.stringify(payment.paymentAmount));
    return row ? fromRow(row) : undefined;
  }

  /** Orders still waiting for their user, for the expiry timers after a restart. */
  processing(): PaymentRecord[] {
    return this.db.prepare<[], Row>("SELECT * FROM payments WHERE status = 'PROCESSING'").all().map(fromRow);
  }
}
