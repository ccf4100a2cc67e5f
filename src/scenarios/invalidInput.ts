import { invalidRequests, malformedJson, oversizedJson, valueAt } from "./invalidRequests";
import { requestConstraints } from "./requestConstraints";
import { evaluationRequest, inquiryRequest, orderRequest } from "./requests";
import type { Scenario } from "./scenario";

/** Well over any sane limit on a pay body, small enough to send quickly over loopback. */
const oversizedBytes = 2 * 1024 * 1024;

/**
 * Bodies the MPP must refuse sanely (not JSON; schema-invalid in each way the spec allows us to
 * derive; oversized), and then still answer an inquiry. Schema-invalid pay calls are phase-2
 * orders, each followed by an inquiry of its paymentRequestId ("after-schema-invalid:…"), so a
 * refusal that still created the payment is seen.
 */
export const invalidInput: Scenario = {
  name: "invalid-input",
  run: async (ctx) => {
    const { config, simulator } = ctx;
    const evaluation = () => evaluationRequest(config, config.accounts.payable, ctx.newPaymentRequestId());
    const order = () => {
      const id = ctx.newPaymentRequestId();
      return orderRequest(config, config.accounts.payable, id, {
        oneClick: false,
        redirectUrl: simulator.redirectUrlFor(id),
      });
    };
    const inquiry = () => inquiryRequest(config, ctx.newPaymentRequestId());

    await ctx.mpp.callRaw("pay", malformedJson(evaluation()), { step: "malformed-json:pay" });
    await ctx.mpp.callRaw("inquiryPayment", malformedJson(inquiry()), { step: "malformed-json:inquiryPayment" });

    const base = order();
    for (const { what, body } of invalidRequests(base, requestConstraints("pay"))) {
      // Each request its own id, so one acceptance cannot collide with the next (idempotency).
      const id = ctx.newPaymentRequestId();
      const own =
        valueAt(body, "paymentRequestId") === base.paymentRequestId
          ? { ...(body as object), paymentRequestId: id }
          : body;
      await ctx.mpp.call("pay", own, { step: `schema-invalid:pay:${what}` });
      if (valueAt(own, "paymentRequestId") === id) {
        await ctx.mpp.call("inquiryPayment", inquiryRequest(config, id), { step: `after-schema-invalid:pay:${what}` });
      }
    }
    for (const { what, body } of invalidRequests(inquiry(), requestConstraints("inquiryPayment"))) {
      await ctx.mpp.call("inquiryPayment", body, { step: `schema-invalid:inquiryPayment:${what}` });
    }

    await ctx.mpp.callRaw("pay", oversizedJson(evaluation(), oversizedBytes), { step: "oversized" });
    await ctx.mpp.call("inquiryPayment", inquiry(), { step: "alive" });
  },
};
