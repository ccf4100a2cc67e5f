/** The kit's Alipay+ simulator (see AlipaySimulator for how callbacks are routed to traces). */
export { AlipaySimulator, type SimulatorOptions } from "./AlipaySimulator";
export { callbackPaths } from "./simulatorHandlers";
export { seedPaymentSessionData } from "./resultPage";
export { describeCallback } from "./describeCallback";
