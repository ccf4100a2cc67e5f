import { setTimeout as delay } from "node:timers/promises";
import { expiryAfter } from "../core/isoTime";
import { awaitCallbacksOnceFinal } from "./callbackWaits";
import { pollInquiry } from "./pollInquiry";
import { inquiryRequest, orderRequest } from "./requests";
import type { Scenario } from "./scenario";

/**
 * How far ahead the order expires: short for local targets, about a minute for real ones. The
 * inquiry before the expiry must be answered a tenth of this ahead of it to judge an early close
 * (inquiry.open-until-expiry), which 2 s did not leave on a loaded 2-core machine (4 s neither, beside
 * a second test run).
 */
const expiryMs = { fast: 5_000, seed: 60_000 } as const;

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
    // Before its time the order must still be open (inquiry.open-until-expiry).
    await ctx.mpp.call("inquiryPayment", inquiryRequest(config, id), { step: "inquiry-before-expiry" });
    const untilExpiry = Math.max(0, expiresAt.getTime() - Date.now());
    // The rule is about what inquiry says once the expiry time has passed, so the polling
    // schedule starts then: a slow machine must not spend it all before the order can close.
    const pollAfterExpiry = delay(untilExpiry).then(() => pollInquiry(ctx, id, "inquiry"));
    // An MPP may close lazily or by a periodic sweep: the notification is due once inquiry says closed.
    await Promise.all([
      awaitCallbacksOnceFinal(ctx, id, "notifyPayment", 1, pollAfterExpiry, untilExpiry),
      pollAfterExpiry,
    ]);
  },
};
