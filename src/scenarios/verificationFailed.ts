import { awaitCallbacksOnceFinal, quietPeriod } from "./callbackWaits";
import { pendingOrderOrStop } from "./pendingOrder";
import { pollInquiry } from "./pollInquiry";
import { orderRequest } from "./requests";
import type { Scenario } from "./scenario";
import { verifyPayment } from "./verifyPayment";

/** A one-click order whose verification fails: inquiry F, notifyPayment F, and no authNotify. */
export const verificationFailed: Scenario = {
  name: "verification-failed",
  run: async (ctx) => {
    const { config, simulator } = ctx;
    const account = config.accounts.payable;
    const id = ctx.newPaymentRequestId();
    const redirectUrl = simulator.redirectUrlFor(id);
    const request = orderRequest(config, account, id, {
      oneClick: true,
      redirectUrl,
      notifyUrl: simulator.notifyUrlFor(id),
    });
    const pending = pendingOrderOrStop(ctx, await ctx.mpp.call("pay", request, { step: "order" }));
    if (!pending) return;
    await verifyPayment(ctx, {
      paymentRequestId: id,
      order: pending,
      redirectBase: redirectUrl,
      account,
      intended: "fail",
    });
    const polled = pollInquiry(ctx, id, "inquiry");
    await Promise.all([
      awaitCallbacksOnceFinal(ctx, id, "notifyPayment", 1, polled),
      quietPeriod(ctx, id, "authNotify", 0),
      polled,
    ]);
  },
};
