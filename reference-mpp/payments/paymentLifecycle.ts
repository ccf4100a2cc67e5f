/**
 * The moments a payment becomes final (verification, expiry) and what follows from them:
 * notifyPayment always, authNotify TOKEN_CREATED after a successful one-click verification.
 */

import { isoDateTime } from "../../src/core/isoTime";
import { authNotifyBody, notifyPaymentBody } from "../callbacks/callbackBodies";
import type { MppContext } from "../context";
import type { PaymentRecord } from "../store/paymentStore";

export const NOTIFY_PAYMENT_PATH = "/aps/api/v1/payments/notifyPayment";
export const AUTH_NOTIFY_PATH = "/aps/api/v1/authorizations/authNotify";

export type VerificationOutcome = "success" | "fail";

/** Ends the payment after the user's verification; a payment already final is left alone. */
export function completeVerification(
  ctx: MppContext,
  paymentId: string,
  outcome: VerificationOutcome,
): PaymentRecord | undefined {
  const paymentTime = paymentTimeNow(ctx);
  const payment =
    outcome === "success"
      ? ctx.payments.finalize(paymentId, "SUCCESS", null, paymentTime)
      : ctx.payments.finalize(paymentId, "FAILED", "USER_PAYMENT_VERIFICATION_FAILED", paymentTime);
  if (!payment) return undefined;
  ctx.expiry.cancel(paymentId);
  sendNotifyPayment(ctx, payment);
  if (shouldSendAuthNotify(ctx, payment)) {
    const url = joinUrl(ctx.alipayBaseUrl, AUTH_NOTIFY_PATH);
    ctx.callbacks.enqueue(payment.paymentRequestId, "authNotify", url, authNotifyBody(payment, ctx.faults));
  }
  return payment;
}

/**
 * Now, as paymentTime. The payment-time-wrong-zone fault writes the local wall-clock time of a
 * UTC+8 wallet with a "Z" offset: a well-formed time eight hours off.
 */
function paymentTimeNow(ctx: MppContext): string {
  if (!ctx.faults.has("payment-time-wrong-zone")) return isoDateTime(Date.now());
  return new Date(Date.now() + 8 * 3600_000).toISOString().replace(/\.\d{3}Z$/, "Z");
}

/** Closes an order whose paymentExpiryTime passed before the user verified. */
export function closeExpired(ctx: MppContext, paymentId: string): void {
  const payment = ctx.payments.finalize(paymentId, "CLOSED", "ORDER_IS_CLOSED", null);
  if (payment) sendNotifyPayment(ctx, payment);
}

function shouldSendAuthNotify(ctx: MppContext, payment: PaymentRecord): boolean {
  if (ctx.faults.has("authnotify-without-consent")) return true;
  if (ctx.faults.has("authnotify-not-sent")) return false;
  return payment.status === "SUCCESS" && payment.oneClick && payment.authorizationInfo !== null;
}

function sendNotifyPayment(ctx: MppContext, payment: PaymentRecord): void {
  if (ctx.faults.has("notify-not-sent")) return;
  const other = ctx.faults.has("notify-amount-of-another-payment")
    ? ctx.payments.latestWithOtherAmount(payment)
    : undefined;
  const reported = other ? { ...payment, paymentAmount: other.paymentAmount } : payment;
  ctx.callbacks.enqueue(
    payment.paymentRequestId,
    "notifyPayment",
    notifyUrlOf(ctx, payment),
    notifyPaymentBody(reported, ctx.faults),
  );
}

/** The request's paymentNotifyUrl takes precedence over the default (docs/alipayplus/notify-payment.md#notify-payment). */
export function notifyUrlOf(ctx: MppContext, payment: Pick<PaymentRecord, "notifyUrl">): string {
  if (payment.notifyUrl && !ctx.faults.has("notify-ignores-notify-url")) return payment.notifyUrl;
  return joinUrl(ctx.alipayBaseUrl, NOTIFY_PAYMENT_PATH);
}

export function joinUrl(base: string, path: string): string {
  return `${base.replace(/\/+$/, "")}${path}`;
}
