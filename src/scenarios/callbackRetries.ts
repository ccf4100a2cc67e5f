import type { CallbackAnswer } from "../core/engine";
import { awaitRetries } from "./awaitRetries";
import { noAnswerMs, quietPeriod } from "./callbackWaits";
import { pendingOrderOrStop } from "./pendingOrder";
import { pollInquiry } from "./pollInquiry";
import { orderRequest } from "./requests";
import type { Scenario } from "./scenario";
import { verifyPayment } from "./verifyPayment";

/**
 * The simulator refuses to acknowledge in every way it can before answering S; the MPP must
 * retry notifyPayment and authNotify through all of it, unchanged, and stop after the S.
 */
export const callbackRetries: Scenario = {
  name: "callback-retries",
  run: async (ctx) => {
    const { config, simulator } = ctx;
    const account = config.accounts.payable;
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
      intended: "success",
    });
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
