import { paymentFlow } from "./paymentFlow";
import type { Scenario } from "./scenario";

/**
 * The flow with one-click payment enabled (authNotify expected). No paymentNotifyUrl here, so
 * the MPP's default Alipay+ URL is exercised too.
 */
export const oneClick: Scenario = {
  name: "one-click",
  run: (ctx) => paymentFlow(ctx, { oneClick: true, ownNotifyUrl: false }),
};
