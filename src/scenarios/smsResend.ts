import { awaitCallbacksOnceFinal } from "./callbackWaits";
import { pollInquiry } from "./pollInquiry";
import type { Scenario } from "./scenario";
import { verifiedOrder } from "./verifiedOrder";

/** The user asks for a new SMS code, the old one must be refused and the new one completes. */
export const smsResend: Scenario = {
  name: "sms-resend",
  run: async (ctx) => {
    const id = ctx.newPaymentRequestId();
    if (!(await verifiedOrder(ctx, id, { oneClick: false, intended: "resend-then-success" }))) return;
    const polled = pollInquiry(ctx, id, "inquiry");
    await Promise.all([awaitCallbacksOnceFinal(ctx, id, "notifyPayment", 1, polled), polled]);
  },
};
