import type { CallOptions } from "../core/engine";
import { afterStep, type StepLabel } from "../core/scenarioNames";
import type { ScenarioContext } from "./context";
import { inquiryRequest, orderRequest } from "./requests";
import type { Scenario } from "./scenario";

/** A Client-Id no MPP has issued to Alipay+. */
const unknownClientId = "UNKNOWN_CLIENT_EASYPAY_CONFORMANCE";

const probes: readonly { step: StepLabel; options: Omit<CallOptions, "step"> }[] = [
  { step: "bad-signature", options: { signature: "bad" } },
  { step: "missing-signature", options: { signature: "none" } },
  { step: "unknown-client", options: { clientId: unknownClientId } },
];

/**
 * Orders the MPP must refuse (bad signature, none, unknown Client-Id), each followed by a
 * properly signed inquiry that must find nothing: a refused request changes nothing.
 */
export const signatures: Scenario = {
  name: "signatures",
  run: async (ctx) => {
    for (const probe of probes) await refusedOrder(ctx, probe.step, probe.options);
  },
};

async function refusedOrder(ctx: ScenarioContext, step: StepLabel, options: Omit<CallOptions, "step">): Promise<void> {
  const { config, simulator } = ctx;
  const id = ctx.newPaymentRequestId();
  const order = orderRequest(config, config.accounts.payable, id, {
    oneClick: false,
    redirectUrl: simulator.redirectUrlFor(id),
  });
  await ctx.mpp.call("pay", order, { step, ...options });
  await ctx.mpp.call("inquiryPayment", inquiryRequest(config, id), { step: afterStep(step) });
}
