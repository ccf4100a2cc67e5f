import { answeredWithinCheck } from "../common/answeredWithin";

/** timing.inquiry-within-5s (facts §1). */
export const timingInquiryWithin5s = answeredWithinCheck("timing.inquiry-within-5s", "inquiryPayment", 5_000);
