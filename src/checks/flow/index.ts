import type { Check } from "../defineCheck";
import { evalAccountByLoginId } from "./evalAccountByLoginId";
import { evalIdNotReserved } from "./evalIdNotReserved";
import { evalNoNotification } from "./evalNoNotification";
import { evalNoPaymentCreated } from "./evalNoPaymentCreated";
import { evalRejectionCode } from "./evalRejectionCode";
import { evalResultStatus } from "./evalResultStatus";
import { idemConcurrentDuplicates } from "./idemConcurrentDuplicates";
import { idemInconsistentRepeat } from "./idemInconsistentRepeat";
import { idemSameAnswer } from "./idemSameAnswer";
import { inputMalformedJson } from "./inputMalformedJson";
import { inputOversizedBody } from "./inputOversizedBody";
import { inputSchemaInvalid } from "./inputSchemaInvalid";
import { inputSchemaInvalidParamIllegal } from "./inputSchemaInvalidParamIllegal";
import { inquiryClosedAfterExpiry } from "./inquiryClosedAfterExpiry";
import { inquiryFailure } from "./inquiryFailure";
import { inquiryInProcess } from "./inquiryInProcess";
import { inquiryMatchesOrder } from "./inquiryMatchesOrder";
import { inquiryOpenUntilExpiry } from "./inquiryOpenUntilExpiry";
import { inquirySuccess } from "./inquirySuccess";
import { inquiryUnknownOrder } from "./inquiryUnknownOrder";
import { orderAuthorizationInfoRequired } from "./orderAuthorizationInfoRequired";
import { orderInProcessFields } from "./orderInProcessFields";
import { orderNeverSuccess } from "./orderNeverSuccess";
import { orderRejectionCode } from "./orderRejectionCode";
import { scopeAcquirer } from "./scopeAcquirer";
import { scopePsp } from "./scopePsp";
import { timingInquiryWithin5s } from "./timingInquiryWithin5s";
import { timingPayWithin8s } from "./timingPayWithin8s";
import { verifyPageServed } from "./verifyPageServed";
import { verifyRedirectKeepsQuery } from "./verifyRedirectKeepsQuery";
import { verifyRedirectStatus } from "./verifyRedirectStatus";
import { verifyResendInvalidatesOldCode } from "./verifyResendInvalidatesOldCode";
import { verifySmsResend } from "./verifySmsResend";
import { verifyStatusMatchesOutcome } from "./verifyStatusMatchesOutcome";

/** Checks of the flow rules (eval, order, verify, inquiry, idem, scope, input, timing). */
export const flowChecks: readonly Check[] = [
  evalResultStatus,
  evalAccountByLoginId,
  evalRejectionCode,
  evalNoPaymentCreated,
  evalNoNotification,
  evalIdNotReserved,
  orderNeverSuccess,
  orderInProcessFields,
  orderRejectionCode,
  orderAuthorizationInfoRequired,
  verifyPageServed,
  verifyRedirectStatus,
  verifyRedirectKeepsQuery,
  verifyStatusMatchesOutcome,
  verifySmsResend,
  verifyResendInvalidatesOldCode,
  inquiryUnknownOrder,
  inquiryInProcess,
  inquirySuccess,
  inquiryFailure,
  inquiryMatchesOrder,
  inquiryClosedAfterExpiry,
  inquiryOpenUntilExpiry,
  idemSameAnswer,
  idemConcurrentDuplicates,
  idemInconsistentRepeat,
  scopeAcquirer,
  scopePsp,
  inputMalformedJson,
  inputSchemaInvalid,
  inputSchemaInvalidParamIllegal,
  inputOversizedBody,
  timingPayWithin8s,
  timingInquiryWithin5s,
];
