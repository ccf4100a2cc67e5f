/** SMS codes sent to users on the verification page; the latest one is what the outbox shows. */
import type { Db } from "./database";

export interface SmsCode {
  paymentId: string;
  code: string;
  sentAt: number;
  expiresAt: number;
  superseded: boolean;
}

interface Row {
  payment_id: string;
  code: string;
  sent_at: number;
  expires_at: number;
  superseded: number;
}

const fromRow = (r: Row): SmsCode => ({
  paymentId: r.payment_id,
  code: r.code,
  sentAt: r.sent_at,
  expiresAt: r.expires_at,
  superseded: r.superseded === 1,
});

export class SmsCodeStore {
  constructor(private readonly db: Db) {}

  /** Records a new code; unless `keepOld`, every earlier code of the payment stops working. */
  issue(code: SmsCode, keepOld = false): void {
    this.db.transaction(() => {
      if (!keepOld) this.db.prepare("UPDATE sms_codes SET superseded = 1 WHERE payment_id = ?").run(code.paymentId);
      this.db
        .prepare("INSERT INTO sms_codes (payment_id, code, sent_at, expires_at, superseded) VALUES (?, ?, ?, ?, 0)")
        .run(code.paymentId, code.code, code.sentAt, code.expiresAt);
    })();
  }

  latest(paymentId: string): SmsCode | undefined {
    const row = this.db
      .prepare<[string], Row>("SELECT * FROM sms_codes WHERE payment_id = ? ORDER BY id DESC LIMIT 1")
      .get(paymentId);
    return row ? fromRow(row) : undefined;
  }

  /** The live (not superseded) code matching `code`, if any; expiry is judged by the caller. */
  find(paymentId: string, code: string): SmsCode | undefined {
    const row = this.db
      .prepare<[string, string], Row>(
        "SELECT * FROM sms_codes WHERE payment_id = ? AND code = ? AND superseded = 0 ORDER BY id DESC LIMIT 1",
      )
      .get(paymentId, code);
    return row ? fromRow(row) : undefined;
  }
}
