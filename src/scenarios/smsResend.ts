import { awaitCallbacksOnceFinal } from "./callbackWaits";
import { pendingOrderOrStop } from "./pendingOrder";
import { pollInquiry } from "./pollInquiry";
import { orderRequest } from "./requests";
import type { Scenario } from "./scenario";
import { verifyPayment } from "./verifyPayment";

/** The user asks for a new SMS code, the old one must be refused and the new one completes. */
export const smsResend: Scenario = {
  name: "sms-resend",
  run: async (ctx) => {
    const { config, simulator } = ctx;
    const account = config.accounts.payable;
    const id = ctx.newPaymentRequestId();
    const redirectUrl = simulator.redirectUrlFor(id);
    const request = orderRequest(config, account, id, {
      oneClick: false,
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
      intended: "resend-then-success",
    });
    const polled = pollInquiry(ctx, id, "inquiry");
    await Promise.all([awaitCallbacksOnceFinal(ctx, id, "notifyPayment", 1, polled), polled]);
  },
};
