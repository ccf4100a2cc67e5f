import { evaluationRequest, inquiryRequest, orderRequest } from "./requests";
import type { Scenario } from "./scenario";

/**
 * An evaluation, then an order creation with the SAME paymentRequestId: the evaluation must
 * not have reserved the id, so the order is a normal one (U), never the evaluation's cached S.
 */
export const evaluationIdReuse: Scenario = {
  name: "evaluation-id-reuse",
  run: async (ctx) => {
    const { config, simulator } = ctx;
    const account = config.accounts.payable;
    const id = ctx.newPaymentRequestId();
    await ctx.mpp.call("pay", evaluationRequest(config, account, id), { step: "evaluation" });
    // Tells a payment the evaluation wrongly left behind apart from an id it merely reserved.
    await ctx.mpp.call("inquiryPayment", inquiryRequest(config, id), { step: "evaluation-inquiry" });
    await ctx.mpp.call(
      "pay",
      orderRequest(config, account, id, { oneClick: false, redirectUrl: simulator.redirectUrlFor(id) }),
      { step: "order" },
    );
  },
};
