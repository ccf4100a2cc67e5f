import { answeredWithinCheck } from "../common/answeredWithin";

/** timing.inquiry-within-5s (docs/alipayplus/apis-and-timeouts.md#timeouts). */
export const timingInquiryWithin5s = answeredWithinCheck("timing.inquiry-within-5s", "inquiryPayment", 5_000);
