/**
 * What happens on the verification page, apart from HTTP: sending SMS codes, judging a PIN and
 * code, counting wrong attempts, ending the payment. Returns decisions; the routes render them.
 */
import { findAccount } from "../accounts";
import type { MppContext } from "../context";
import { newSmsCode } from "../handlers/identifiers";
import { completeVerification } from "../payments/paymentLifecycle";
import type { PaymentRecord } from "../store/paymentStore";
import type { RedirectStatus } from "./redirectTarget";

export type Step = { kind: "page"; notice?: string; error?: string } | { kind: "done"; status: RedirectStatus };

/** The outcome a final payment redirects with. */
export function finalStatus(payment: PaymentRecord): RedirectStatus {
  return payment.status === "SUCCESS" ? "success" : "fail";
}

/** Sends a code unless a live one exists (a reload must not spam the user). */
export function ensureCode(ctx: MppContext, payment: PaymentRecord): void {
  const latest = ctx.smsCodes.latest(payment.paymentId);
  if (latest && !latest.superseded && latest.expiresAt > Date.now()) return;
  sendCode(ctx, payment);
}

export function sendCode(ctx: MppContext, payment: PaymentRecord): void {
  const now = Date.now();
  ctx.smsCodes.issue(
    {
      paymentId: payment.paymentId,
      code: newSmsCode(),
      sentAt: now,
      expiresAt: now + ctx.timing.codeExpiryMs,
      superseded: false,
    },
    ctx.faults.has("resend-keeps-old-code"),
  );
}

/** Whether a code was sent for the payment (on two-page and send-code-first pages, the stage). */
export function codeSent(ctx: MppContext, payment: PaymentRecord): boolean {
  return ctx.smsCodes.latest(payment.paymentId) !== undefined;
}

/**
 * The PIN and code together, or (`pin` undefined) the code alone on the second page of a
 * PIN-then-code flow, where a code exists only once the PIN was right.
 */
export function submit(ctx: MppContext, payment: PaymentRecord, pin: string | undefined, smsCode: string): Step {
  const problem = wrongInput(ctx, payment, pin, smsCode);
  if (!problem) return finish(ctx, payment, "success");
  return wrongAttempt(ctx, payment, problem);
}

/** The first page of a PIN-then-code flow: the right PIN sends the code and moves on to it. */
export function submitPin(ctx: MppContext, payment: PaymentRecord, pin: string): Step {
  if (pin !== findAccount({ userLoginId: payment.userLoginId })?.pin) return wrongAttempt(ctx, payment, "Wrong PIN.");
  ensureCode(ctx, payment);
  return { kind: "page" };
}

function wrongAttempt(ctx: MppContext, payment: PaymentRecord, problem: string): Step {
  const attempts = ctx.payments.addWrongAttempt(payment.paymentId);
  if (attempts >= ctx.timing.maxWrongAttempts) return finish(ctx, payment, "fail");
  const left = ctx.timing.maxWrongAttempts - attempts;
  return { kind: "page", error: `${problem} ${left} attempt${left === 1 ? "" : "s"} left.` };
}

export function finish(ctx: MppContext, payment: PaymentRecord, outcome: RedirectStatus): Step {
  const ended =
    completeVerification(ctx, payment.paymentId, outcome) ?? ctx.payments.findByPaymentId(payment.paymentId)!;
  return { kind: "done", status: finalStatus(ended) };
}

function wrongInput(
  ctx: MppContext,
  payment: PaymentRecord,
  pin: string | undefined,
  smsCode: string,
): string | undefined {
  const account = findAccount({ userLoginId: payment.userLoginId });
  if (!account || (pin !== undefined && pin !== account.pin)) return "Wrong PIN or SMS code.";
  const code = ctx.smsCodes.find(payment.paymentId, smsCode.trim());
  if (!code) return "Wrong PIN or SMS code.";
  if (code.expiresAt <= Date.now()) return "The SMS code has expired; ask for a new one.";
  return undefined;
}
