import { scopedInquiryCheck } from "../common/scopedInquiry";

/** scope.psp (facts §7 inquiry keys [I]). */
export const scopePsp = scopedInquiryCheck("scope.psp", "other-psp", "pspId");
