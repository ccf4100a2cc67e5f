import { inquiryRequest, orderRequest, otherId } from "./requests";
import type { Scenario } from "./scenario";

/**
 * inquiryPayment for an id never used, then for a real order under another acquirerId and
 * another pspId: each must answer ORDER_NOT_EXIST.
 */
export const inquiryScoping: Scenario = {
  name: "inquiry-scoping",
  run: async (ctx) => {
    const { config, simulator } = ctx;
    await ctx.mpp.call("inquiryPayment", inquiryRequest(config, ctx.newPaymentRequestId()), { step: "unknown-order" });
    const id = ctx.newPaymentRequestId();
    const order = orderRequest(config, config.accounts.payable, id, {
      oneClick: false,
      redirectUrl: simulator.redirectUrlFor(id),
    });
    await ctx.mpp.call("pay", order, { step: "order" });
    await ctx.mpp.call(
      "inquiryPayment",
      inquiryRequest(config, id, { acquirerId: otherId(config.target.acquirerId) }),
      { step: "other-acquirer" },
    );
    await ctx.mpp.call("inquiryPayment", inquiryRequest(config, id, { pspId: otherId(config.target.pspId) }), {
      step: "other-psp",
    });
  },
};
