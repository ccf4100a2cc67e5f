/**
 * Every check of the kit, one per testable rule of spec/rules.yaml, each in
 * src/checks/<area>/<rule>.ts (notify.retry-same-content → notify/retrySameContent.ts).
 * A test fails when a testable rule has no check; docs/rules.md lists them with their scenarios.
 */

import { authNotifyMatchesCustomer } from "./authnotify/matchesCustomer";
import { authNotifyOnlyWithConsent } from "./authnotify/onlyWithConsent";
import { authNotifyRetriedUntilAcknowledged } from "./authnotify/retriedUntilAcknowledged";
import { authNotifySameAgreement } from "./authnotify/sameAgreement";
import { authNotifyTokenCreated } from "./authnotify/tokenCreated";
import { authNotifyTokenExpiryPlausible } from "./authnotify/tokenExpiryPlausible";
import { authNotifyTokenPlausible } from "./authnotify/tokenPlausible";
import type { Check } from "./defineCheck";
import { evalAccountByLoginId } from "./eval/accountByLoginId";
import { evalIdNotReserved } from "./eval/idNotReserved";
import { evalNoNotification } from "./eval/noNotification";
import { evalNoPaymentCreated } from "./eval/noPaymentCreated";
import { evalRejectionCode } from "./eval/rejectionCode";
import { evalResultStatus } from "./eval/resultStatus";
import { businessErrors200 } from "./http/businessErrors200";
import { idemConcurrentDuplicates } from "./idem/concurrentDuplicates";
import { idemInconsistentRepeat } from "./idem/inconsistentRepeat";
import { idemSameAnswer } from "./idem/sameAnswer";
import { inputMalformedJson } from "./input/malformedJson";
import { inputOversizedBody } from "./input/oversizedBody";
import { inputSchemaInvalid } from "./input/schemaInvalid";
import { inputSchemaInvalidParamIllegal } from "./input/schemaInvalidParamIllegal";
import { inquiryClosedAfterExpiry } from "./inquiry/closedAfterExpiry";
import { inquiryFailure } from "./inquiry/failure";
import { inquiryInProcess } from "./inquiry/inProcess";
import { inquiryMatchesOrder } from "./inquiry/matchesOrder";
import { inquiryOpenUntilExpiry } from "./inquiry/openUntilExpiry";
import { inquirySuccess } from "./inquiry/success";
import { inquiryUnknownOrder } from "./inquiry/unknownOrder";
import { notifyAgreesWithInquiry } from "./notify/agreesWithInquiry";
import { notifyClosedAfterExpiry } from "./notify/closedAfterExpiry";
import { notifyMatchesOrder } from "./notify/matchesOrder";
import { notifyNeverUnknown } from "./notify/neverUnknown";
import { notifyRetriedUntilAcknowledged } from "./notify/retriedUntilAcknowledged";
import { notifyRetrySameContent } from "./notify/retrySameContent";
import { notifySameParties } from "./notify/sameParties";
import { notifySentOnFinal } from "./notify/sentOnFinal";
import { notifyStopsAfterAcknowledgement } from "./notify/stopsAfterAcknowledgement";
import { notifyUrlFromRequest } from "./notify/urlFromRequest";
import { notifyVerifiesAcknowledgementSignature } from "./notify/verifiesAcknowledgementSignature";
import { orderAuthorizationInfoRequired } from "./order/authorizationInfoRequired";
import { orderInProcessFields } from "./order/inProcessFields";
import { orderNeverSuccess } from "./order/neverSuccess";
import { orderRejectionCode } from "./order/rejectionCode";
import { authNotifyRequestSchema } from "./schema/authnotifyRequest";
import { inquiryResponseSchema } from "./schema/inquiryResponse";
import { notifyRequestSchema } from "./schema/notifyRequest";
import { payResponseSchema } from "./schema/payResponse";
import { scopeAcquirer } from "./scope/acquirer";
import { scopePsp } from "./scope/psp";
import { callbackSigned } from "./sig/callbackSigned";
import { rejectsBadSignature } from "./sig/rejectsBadSignature";
import { rejectsUnknownClient } from "./sig/rejectsUnknownClient";
import { responseSigned } from "./sig/responseSigned";
import { timingInquiryWithin5s } from "./timing/inquiryWithin5s";
import { timingPayWithin8s } from "./timing/payWithin8s";
import { allStrings } from "./values/allStrings";
import { codeAgreesWithStatus } from "./values/codeAgreesWithStatus";
import { noEmptyStrings } from "./values/noEmptyStrings";
import { paymentTimePlausible } from "./values/paymentTimePlausible";
import { resultEnvelope } from "./values/resultEnvelope";
import { statusUppercase } from "./values/statusUppercase";
import { verifyPageServed } from "./verify/pageServed";
import { verifyRedirectKeepsQuery } from "./verify/redirectKeepsQuery";
import { verifyRedirectStatus } from "./verify/redirectStatus";
import { verifyResendInvalidatesOldCode } from "./verify/resendInvalidatesOldCode";
import { verifySmsResend } from "./verify/smsResend";
import { verifyStatusMatchesOutcome } from "./verify/statusMatchesOutcome";

export const allChecks: readonly Check[] = [
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

  // values.* and schema.*: the shape of every message the target produced
  resultEnvelope,
  statusUppercase,
  codeAgreesWithStatus,
  allStrings,
  noEmptyStrings,
  paymentTimePlausible,
  payResponseSchema,
  inquiryResponseSchema,
  notifyRequestSchema,
  authNotifyRequestSchema,
  // sig.* and http.*
  responseSigned,
  callbackSigned,
  rejectsBadSignature,
  rejectsUnknownClient,
  businessErrors200,
  // notify.*
  notifySentOnFinal,
  notifyNeverUnknown,
  notifyMatchesOrder,
  notifySameParties,
  notifyAgreesWithInquiry,
  notifyUrlFromRequest,
  notifyRetriedUntilAcknowledged,
  notifyRetrySameContent,
  notifyStopsAfterAcknowledgement,
  notifyClosedAfterExpiry,
  notifyVerifiesAcknowledgementSignature,
  // authnotify.*
  authNotifyTokenCreated,
  authNotifySameAgreement,
  authNotifyOnlyWithConsent,
  authNotifyRetriedUntilAcknowledged,
  authNotifyMatchesCustomer,
  authNotifyTokenExpiryPlausible,
  authNotifyTokenPlausible,
];
