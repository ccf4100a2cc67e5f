import type { Scenario } from "./scenario";
import { awaitCallbacks } from "./callbackWaits";
import { expiryAfter } from "./isoDateTime";
import { pollInquiry } from "./pollInquiry";
import { orderRequest } from "./requests";

/** How far ahead the order expires: short for local targets, about a minute for real ones. */
const expiryMs = { fast: 1_500, seed: 60_000 } as const;

/** An order that is never verified and expires: inquiry F ORDER_IS_CLOSED, notifyPayment F. */
export const expiry: Scenario = {
  name: "expiry",
  run: async (ctx) => {
    const { config, simulator } = ctx;
    const id = ctx.newPaymentRequestId();
    const expiresAt = expiryAfter(new Date(), expiryMs[config.timing.profile]);
    const request = orderRequest(config, config.accounts.payable, id, {
      oneClick: false,
      redirectUrl: simulator.redirectUrlFor(id),
      notifyUrl: simulator.notifyUrlFor(id),
      expiry: expiresAt,
    });
    await ctx.mpp.call("pay", request, { step: "order" });
    ctx.note(`order ${id} expires at ${request.paymentExpiryTime}`);
    const notifyBound = Math.max(0, expiresAt.getTime() - Date.now()) + config.timing.callbackWaitMs;
    await Promise.all([awaitCallbacks(ctx, id, "notifyPayment", 1, notifyBound), pollInquiry(ctx, id, "inquiry")]);
  },
};
