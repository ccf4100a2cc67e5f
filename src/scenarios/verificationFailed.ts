import { awaitCallbacksOnceFinal, quietPeriod } from "./callbackWaits";
import { pollInquiry } from "./pollInquiry";
import type { Scenario } from "./scenario";
import { verifiedOrder } from "./verifiedOrder";

/** A one-click order whose verification fails: inquiry F, notifyPayment F, and no authNotify. */
export const verificationFailed: Scenario = {
  name: "verification-failed",
  run: async (ctx) => {
    const id = ctx.newPaymentRequestId();
    if (!(await verifiedOrder(ctx, id, { oneClick: true, intended: "fail" }))) return;
    const polled = pollInquiry(ctx, id, "inquiry");
    await Promise.all([
      awaitCallbacksOnceFinal(ctx, id, "notifyPayment", 1, polled),
      quietPeriod(ctx, id, "authNotify", 0),
      polled,
    ]);
  },
};
