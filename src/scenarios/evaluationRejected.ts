import type { RejectedAccountConfig } from "../config";
import type { ScenarioContext } from "./context";
import { evaluationRequest, orderRequest } from "./requests";
import type { Scenario } from "./scenario";

/** Each configured account that cannot pay: the evaluation and the order answer F <code>. */
export const evaluationRejected: Scenario = {
  name: "evaluation-rejected",
  run: async (ctx) => {
    const accounts = ctx.config.accounts.rejected;
    if (accounts.length === 0) ctx.note("no rejected accounts are configured (accounts.rejected); nothing to evaluate");
    await Promise.all(accounts.map((account) => rejectedAccount(ctx, account)));
  },
};

async function rejectedAccount(ctx: ScenarioContext, account: RejectedAccountConfig): Promise<void> {
  const { config, simulator } = ctx;
  const evaluationId = ctx.newPaymentRequestId();
  await ctx.mpp.call("pay", evaluationRequest(config, account, evaluationId), {
    step: `evaluation:${account.expectCode}`,
  });
  const orderId = ctx.newPaymentRequestId();
  const order = orderRequest(config, account, orderId, {
    oneClick: false,
    redirectUrl: simulator.redirectUrlFor(orderId),
  });
  await ctx.mpp.call("pay", order, { step: `order:${account.expectCode}` });
}
