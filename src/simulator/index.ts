/** The kit's Alipay+ simulator (see AlipaySimulator for how callbacks are routed to traces). */
export { AlipaySimulator, type SimulatorOptions } from "./AlipaySimulator";
export { describeCallback } from "./describeCallback";
export { seedPaymentSessionData } from "./resultPage";
export { callbackPaths } from "./simulatorHandlers";
