/** The kit's signed Alipay+ -> MPP client. */
export { createMppClient, type MppClientDeps } from "./createMppClient";
