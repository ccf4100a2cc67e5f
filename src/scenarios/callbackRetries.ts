import type { CallbackAnswer } from "../core/engine";
import { awaitRetries } from "./awaitRetries";
import { noAnswerMs, quietPeriod } from "./callbackWaits";
import { pollInquiry } from "./pollInquiry";
import type { Scenario } from "./scenario";
import { verifiedOrder } from "./verifiedOrder";

/**
 * The simulator refuses to acknowledge in every way it can before answering S; the MPP must
 * retry notifyPayment and authNotify through all of it, unchanged, and stop after the S.
 */
export const callbackRetries: Scenario = {
  name: "callback-retries",
  run: async (ctx) => {
    const { simulator } = ctx;
    const silence = noAnswerMs(ctx);
    const notifyScript: CallbackAnswer[] = [
      { kind: "U" },
      { kind: "F" },
      { kind: "http-500" },
      { kind: "no-answer", forMs: silence },
      { kind: "bad-signature" },
    ];
    const authScript: CallbackAnswer[] = [{ kind: "U" }, { kind: "no-answer", forMs: silence }];
    const id = ctx.newPaymentRequestId();
    simulator.script(id, "notifyPayment", notifyScript);
    simulator.script(id, "authNotify", authScript);
    if (!(await verifiedOrder(ctx, id, { oneClick: true, intended: "success" }))) return;
    const polled = pollInquiry(ctx, id, "inquiry");
    const [notifies, authNotifies] = await Promise.all([
      awaitRetries(ctx, id, "notifyPayment", notifyScript, polled),
      awaitRetries(ctx, id, "authNotify", authScript, polled),
      polled,
    ]);
    await Promise.all([
      quietPeriod(ctx, id, "notifyPayment", notifies.length),
      quietPeriod(ctx, id, "authNotify", authNotifies.length),
    ]);
  },
};
