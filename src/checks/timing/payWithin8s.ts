import { answeredWithinCheck } from "../common/answeredWithin";

/** timing.pay-within-8s (docs/alipayplus/apis-and-timeouts.md#timeouts). */
export const timingPayWithin8s = answeredWithinCheck("timing.pay-within-8s", "pay", 8_000);
