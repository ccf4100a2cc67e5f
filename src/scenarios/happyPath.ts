import { paymentFlow } from "./paymentFlow";
import type { Scenario } from "./scenario";

/** The whole flow without one-click payment; the order names its own paymentNotifyUrl. */
export const happyPath: Scenario = {
  name: "happy-path",
  run: (ctx) => paymentFlow(ctx, { oneClick: false, ownNotifyUrl: true }),
};
