/** The kit's signed Alipay+ -> MPP client and its evidence helpers. */
export { createMppClient, type MppClientDeps } from "./createMppClient";
export { curlFor } from "./curl";
export { appendExchange, maxBodyBytes } from "./appendExchange";
export { isoWithOffset } from "./isoWithOffset";
