/**
 * What the MPP tells Alipay+ when a payment ends: the notifyPayment and authNotify bodies
 * (docs/alipayplus/notify-payment.md#notify-payment, §10; seed step 5 (docs/alipayplus/easy-pay-flow.md#step-5-authorization)). Built once per callback and stored, so every retry carries
 * the same content. The callback faults bend the content here, at the one place it is made.
 */
import { randomBytes } from "node:crypto";
import { isoDateTime } from "../../src/core/isoTime";
import { referenceAccounts } from "../accounts";
import type { FaultSet } from "../faults";
import { isResultCode, result, type WireResult } from "../results";
import type { PaymentRecord, WireAmount } from "../store/paymentStore";

const TOKEN_LIFETIME_MS = 365 * 24 * 3600_000;

export function paymentResultOf(payment: PaymentRecord): WireResult {
  switch (payment.status) {
    case "SUCCESS":
      return result("SUCCESS");
    case "PROCESSING":
      return result("PAYMENT_IN_PROCESS");
    case "CLOSED":
      return result("ORDER_IS_CLOSED");
    case "FAILED":
      return failure(payment.resultCode);
  }
}

function failure(code: string | null): WireResult {
  if (!code) return result("PROCESS_FAIL");
  return isResultCode(code) ? result(code) : { resultCode: code, resultStatus: "F", resultMessage: "Payment failed" };
}

/** An amount `by` minor units higher: the wrong-amount faults. */
export function alterAmount<T extends Record<string, unknown>>(body: T, by: number): T {
  const amount = body.paymentAmount as WireAmount | undefined;
  if (!amount) return body;
  return { ...body, paymentAmount: { ...amount, value: String(Number(amount.value) + by) } };
}

export function notifyPaymentBody(payment: PaymentRecord, faults: FaultSet): Record<string, unknown> {
  let paymentResult = paymentResultOf(payment);
  if (payment.status === "CLOSED" && faults.has("expiry-notified-generic")) paymentResult = result("PROCESS_FAIL");
  if (faults.has("notify-disagrees-with-inquiry")) {
    paymentResult = paymentResult.resultStatus === "S" ? result("PROCESS_FAIL") : result("SUCCESS");
  }
  if (faults.has("notify-as-unknown")) paymentResult = result("PAYMENT_IN_PROCESS");
  const parties = faults.has("notify-swaps-acquirer-and-psp")
    ? { acquirerId: payment.pspId, pspId: payment.acquirerId }
    : { acquirerId: payment.acquirerId, pspId: payment.pspId };
  const body: Record<string, unknown> = {
    ...parties,
    paymentRequestId: payment.paymentRequestId,
    paymentId: payment.paymentId,
    paymentResult: faults.has("notify-request-invalid") ? withoutCode(paymentResult) : paymentResult,
    paymentAmount: payment.paymentAmount,
    ...(payment.payToAmount ? { payToAmount: payment.payToAmount } : {}),
    ...(payment.customerId ? { customerId: payment.customerId } : {}),
    ...(payment.paymentTime ? { paymentTime: payment.paymentTime } : {}),
  };
  if (faults.has("notify-swaps-amounts")) return swapAmounts(body);
  return faults.has("notify-wrong-amount") ? alterAmount(body, 1) : body;
}

/** paymentAmount and payToAmount in each other's place: the *-swaps-amounts faults. */
export function swapAmounts<T extends Record<string, unknown>>(body: T): T {
  if (!body.paymentAmount || !body.payToAmount) return body;
  return { ...body, paymentAmount: body.payToAmount, payToAmount: body.paymentAmount };
}

function withoutCode(r: WireResult): Partial<WireResult> {
  const { resultCode: _dropped, ...rest } = r;
  return rest;
}

/** A random opaque token, like the seed's sample (digits and letters, 48 chars). */
function token(): string {
  return randomBytes(36).toString("base64url");
}

export function authNotifyBody(payment: PaymentRecord, faults: FaultSet, now = Date.now()): Record<string, unknown> {
  const info = payment.authorizationInfo;
  const agreement = info?.referenceAgreementId ?? payment.paymentRequestId;
  const expiry = isoDateTime(faults.has("token-already-expired") ? now - 24 * 3600_000 : now + TOKEN_LIFETIME_MS);
  const accessToken = faults.has("token-echoes-agreement")
    ? agreement
    : faults.has("authnotify-request-invalid")
      ? token().repeat(3)
      : token();
  const customerId = faults.has("authnotify-wrong-customer") ? otherCustomer(payment.customerId) : payment.customerId;
  return {
    authorizationNotifyType: "TOKEN_CREATED",
    acquirerId: payment.acquirerId,
    pspId: payment.pspId,
    ...(info ? { authClientId: info.authClientId, authState: info.authState } : {}),
    referenceAgreementId: faults.has("authnotify-wrong-agreement") ? otherId(agreement) : agreement,
    accessToken,
    accessTokenExpiryTime: expiry,
    refreshToken: faults.has("refresh-token-is-access-token") ? accessToken : token(),
    refreshTokenExpiryTime: expiry,
    ...(customerId ? { customerId } : {}),
    ...(payment.userLoginId ? { userLoginId: payment.userLoginId } : {}),
  };
}

/** The same length (so still schema-valid), a different value. */
function otherId(id: string): string {
  const last = id.slice(-1);
  return `${id.slice(0, -1)}${last === "9" ? "8" : "9"}`;
}

function otherCustomer(customerId: string | null): string {
  const other = referenceAccounts.frozen.customerId;
  return customerId === other ? referenceAccounts.poor.customerId : other;
}
