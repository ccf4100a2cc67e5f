/**
 * The Easy Pay flow of happy-path and one-click (catalogue.ts): evaluation, an inquiry that
 * must not find it, order creation, an inquiry before verification, a successful verification,
 * inquiry polling, the notification(s), and a quiet period for what must not follow.
 */

import { awaitCallbacksOnceFinal, quietPeriod } from "./callbackWaits";
import type { ScenarioContext } from "./context";
import { pendingOrderOrStop } from "./pendingOrder";
import { pollInquiry } from "./pollInquiry";
import { evaluationRequest, inquiryRequest, orderRequest } from "./requests";
import { verifyPayment } from "./verifyPayment";

export interface PaymentFlowOptions {
  oneClick: boolean;
  /** Give the order its own paymentNotifyUrl (otherwise the MPP's default applies). */
  ownNotifyUrl: boolean;
}

export async function paymentFlow(ctx: ScenarioContext, options: PaymentFlowOptions): Promise<void> {
  const { config } = ctx;
  const evaluationId = ctx.newPaymentRequestId();
  await ctx.mpp.call("pay", evaluationRequest(config, config.accounts.payable, evaluationId), { step: "evaluation" });
  // No notifyPayment may ever come for an evaluation: watch for one while the order runs.
  const evaluationQuiet = quietPeriod(ctx, evaluationId, "notifyPayment", 0);
  await ctx.mpp.call("inquiryPayment", inquiryRequest(config, evaluationId), { step: "evaluation-inquiry" });
  await Promise.all([evaluationQuiet, orderFlow(ctx, options)]);
}

async function orderFlow(ctx: ScenarioContext, options: PaymentFlowOptions): Promise<void> {
  const { config, simulator } = ctx;
  const account = config.accounts.payable;
  const id = ctx.newPaymentRequestId();
  const redirectUrl = simulator.redirectUrlFor(id);
  const request = orderRequest(config, account, id, {
    oneClick: options.oneClick,
    redirectUrl,
    ...(options.ownNotifyUrl ? { notifyUrl: simulator.notifyUrlFor(id) } : {}),
  });
  const order = await ctx.mpp.call("pay", request, { step: "order" });
  await ctx.mpp.call("inquiryPayment", inquiryRequest(config, id), { step: "inquiry-before-verification" });
  const pending = pendingOrderOrStop(ctx, order);
  if (pending) {
    await verifyPayment(ctx, {
      paymentRequestId: id,
      order: pending,
      redirectBase: redirectUrl,
      account,
      intended: "success",
    });
    const polled = pollInquiry(ctx, id, "inquiry");
    const [notified] = await Promise.all([
      awaitCallbacksOnceFinal(ctx, id, "notifyPayment", 1, polled),
      options.oneClick ? awaitCallbacksOnceFinal(ctx, id, "authNotify", 1, polled) : Promise.resolve([]),
      polled,
    ]);
    await Promise.all([
      notified.length > 0 ? quietPeriod(ctx, id, "notifyPayment", notified.length) : Promise.resolve(),
      options.oneClick ? Promise.resolve() : quietPeriod(ctx, id, "authNotify", 0),
    ]);
  }
  if (options.oneClick) await orderWithoutAuthorizationInfo(ctx);
}

/** isAuthorizationAndPay "true" but no authorizationInfo: the MPP must answer F PARAM_ILLEGAL. */
async function orderWithoutAuthorizationInfo(ctx: ScenarioContext): Promise<void> {
  const id = ctx.newPaymentRequestId();
  const { authorizationInfo: _omitted, ...request } = orderRequest(ctx.config, ctx.config.accounts.payable, id, {
    oneClick: true,
    redirectUrl: ctx.simulator.redirectUrlFor(id),
  });
  await ctx.mpp.call("pay", request, { step: "order-without-authorization-info" });
}
