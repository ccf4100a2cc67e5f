import { scopedInquiryCheck } from "../common/scopedInquiry";

/** scope.psp (docs/alipayplus/inquiry-payment.md#inquiry-payment inquiry keys [I]). */
export const scopePsp = scopedInquiryCheck("scope.psp", "other-psp", "pspId");
