import type { Scenario } from "./scenario";
import { invalidRequests, malformedJson, oversizedJson } from "./invalidRequests";
import { requestConstraints } from "./requestConstraints";
import { evaluationRequest, inquiryRequest } from "./requests";

/** Well over any sane limit on a pay body, small enough to send quickly over loopback. */
const oversizedBytes = 2 * 1024 * 1024;

/**
 * Bodies the MPP must refuse with F PARAM_ILLEGAL (not JSON; schema-invalid in each way the
 * spec allows us to derive) or with a 4xx (oversized), and then still answer an inquiry.
 * Evaluations are the base for pay: should one be wrongly accepted, it creates nothing.
 */
export const invalidInput: Scenario = {
  name: "invalid-input",
  run: async (ctx) => {
    const { config } = ctx;
    const evaluation = () => evaluationRequest(config, config.accounts.payable, ctx.newPaymentRequestId());
    const inquiry = () => inquiryRequest(config, ctx.newPaymentRequestId());

    await ctx.mpp.callRaw("pay", malformedJson(evaluation()), { step: "malformed-json:pay" });
    await ctx.mpp.callRaw("inquiryPayment", malformedJson(inquiry()), { step: "malformed-json:inquiryPayment" });

    for (const { what, body } of invalidRequests(evaluation(), requestConstraints("pay"))) {
      await ctx.mpp.call("pay", body, { step: `schema-invalid:pay:${what}` });
    }
    for (const { what, body } of invalidRequests(inquiry(), requestConstraints("inquiryPayment"))) {
      await ctx.mpp.call("inquiryPayment", body, { step: `schema-invalid:inquiryPayment:${what}` });
    }

    await ctx.mpp.callRaw("pay", oversizedJson(evaluation(), oversizedBytes), { step: "oversized" });
    await ctx.mpp.call("inquiryPayment", inquiry(), { step: "alive" });
  },
};
