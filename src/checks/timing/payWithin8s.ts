import { answeredWithinCheck } from "../common/answeredWithin";

/** timing.pay-within-8s (facts §1). */
export const timingPayWithin8s = answeredWithinCheck("timing.pay-within-8s", "pay", 8_000);
