/**
 * Completes the user's verification through the configured driver and records what happened.
 * The one place a VerificationRecord enters the trace (drivers do not see the trace).
 */
import type { AccountConfig } from "../config";
import type { VerificationRequest } from "../core/engine";
import type { StepLabel } from "../core/scenarioNames";
import type { VerificationRecord } from "../core/trace";
import type { ScenarioContext } from "./context";
import type { PendingOrder } from "./pendingOrder";

export interface VerifyOptions {
  step?: StepLabel;
  paymentRequestId: string;
  order: PendingOrder;
  /** The paymentRedirectUrl the pay request carried. */
  redirectBase: string;
  account: AccountConfig;
  intended: VerificationRecord["intended"];
}

export async function verifyPayment(ctx: ScenarioContext, options: VerifyOptions): Promise<VerificationRecord> {
  const { account } = options;
  const request: VerificationRequest = {
    step: options.step ?? "verification",
    paymentRequestId: options.paymentRequestId,
    paymentUrl: options.order.paymentUrl,
    redirectBase: options.redirectBase,
    account: { userLoginId: account.userLoginId, pin: account.pin, smsCode: account.smsCode },
    intended: options.intended,
    ...(options.order.paymentId ? { paymentId: options.order.paymentId } : {}),
  };
  const record = await ctx.verifier.verify(request);
  if (!ctx.trace.verifications.includes(record)) ctx.trace.verifications.push(record);
  if (record.error) ctx.note(`${request.step}: the ${record.driver} driver reported: ${record.error}`);
  return record;
}
