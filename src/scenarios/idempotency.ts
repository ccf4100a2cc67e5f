import type { PayRequest } from "../../generated/types";
import { evaluationRequest, orderRequest } from "./requests";
import type { Scenario } from "./scenario";

/** How many identical orders race each other in the "concurrent" step. */
const concurrentDuplicates = 3;

/**
 * Repeats on one paymentRequestId (docs/alipayplus/idempotency.md#idempotency): an evaluation and an order sent twice, identical
 * orders sent at once, and a repeat whose amount changed.
 */
export const idempotency: Scenario = {
  name: "idempotency",
  run: async (ctx) => {
    const { config, simulator } = ctx;
    const account = config.accounts.payable;

    const evaluation = evaluationRequest(config, account, ctx.newPaymentRequestId());
    await ctx.mpp.call("pay", evaluation, { step: "evaluation" });
    await ctx.mpp.call("pay", evaluation, { step: "evaluation-replay" });

    const orderId = ctx.newPaymentRequestId();
    const order = orderRequest(config, account, orderId, {
      oneClick: false,
      redirectUrl: simulator.redirectUrlFor(orderId),
    });
    await ctx.mpp.call("pay", order, { step: "order" });
    await ctx.mpp.call("pay", order, { step: "order-replay" });

    const raceId = ctx.newPaymentRequestId();
    const race = orderRequest(config, account, raceId, {
      oneClick: false,
      redirectUrl: simulator.redirectUrlFor(raceId),
    });
    await Promise.all(
      Array.from({ length: concurrentDuplicates }, () => ctx.mpp.call("pay", race, { step: "concurrent" })),
    );

    await ctx.mpp.call("pay", withChangedAmount(order), { step: "inconsistent" });
  },
};

/** The same order with both amounts raised (each in its own currency): a consistency field (paymentAmount) differs. */
function withChangedAmount(request: PayRequest): PayRequest {
  // Minor units are digit strings; anything else (a misconfigured amount) still changes.
  const raised = <A extends { value: string }>(amount: A): A => ({
    ...amount,
    value: /^\d+$/.test(amount.value) ? String(BigInt(amount.value) + 100n) : `${amount.value}1`,
  });
  return {
    ...request,
    paymentAmount: raised(request.paymentAmount),
    ...(request.payToAmount ? { payToAmount: raised(request.payToAmount) } : {}),
  };
}
