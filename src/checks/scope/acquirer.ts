import { scopedInquiryCheck } from "../common/scopedInquiry";

/** scope.acquirer (docs/alipayplus/inquiry-payment.md#inquiry-payment inquiry keys [I]). */
export const scopeAcquirer = scopedInquiryCheck("scope.acquirer", "other-acquirer", "acquirerId");
