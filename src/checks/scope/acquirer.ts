import { scopedInquiryCheck } from "../common/scopedInquiry";

/** scope.acquirer (facts §7 inquiry keys [I]). */
export const scopeAcquirer = scopedInquiryCheck("scope.acquirer", "other-acquirer", "acquirerId");
