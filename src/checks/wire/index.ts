import type { Check } from "../defineCheck";
import { allStrings } from "./allStrings";
import { authNotifyMatchesCustomer } from "./authNotifyMatchesCustomer";
import { authNotifyOnlyWithConsent } from "./authNotifyOnlyWithConsent";
import { authNotifyRequestSchema } from "./authNotifyRequestSchema";
import { authNotifyRetriedUntilAcknowledged } from "./authNotifyRetriedUntilAcknowledged";
import { authNotifySameAgreement } from "./authNotifySameAgreement";
import { authNotifyTokenCreated } from "./authNotifyTokenCreated";
import { authNotifyTokenExpiryPlausible } from "./authNotifyTokenExpiryPlausible";
import { authNotifyTokenPlausible } from "./authNotifyTokenPlausible";
import { businessErrors200 } from "./businessErrors200";
import { callbackSigned } from "./callbackSigned";
import { codeAgreesWithStatus } from "./codeAgreesWithStatus";
import { inquiryResponseSchema } from "./inquiryResponseSchema";
import { noEmptyStrings } from "./noEmptyStrings";
import { notifyAgreesWithInquiry } from "./notifyAgreesWithInquiry";
import { notifyClosedAfterExpiry } from "./notifyClosedAfterExpiry";
import { notifyMatchesOrder } from "./notifyMatchesOrder";
import { notifyNeverUnknown } from "./notifyNeverUnknown";
import { notifyRequestSchema } from "./notifyRequestSchema";
import { notifyRetriedUntilAcknowledged } from "./notifyRetriedUntilAcknowledged";
import { notifyRetrySameContent } from "./notifyRetrySameContent";
import { notifySameParties } from "./notifySameParties";
import { notifySentOnFinal } from "./notifySentOnFinal";
import { notifyStopsAfterAcknowledgement } from "./notifyStopsAfterAcknowledgement";
import { notifyUrlFromRequest } from "./notifyUrlFromRequest";
import { notifyVerifiesAcknowledgementSignature } from "./notifyVerifiesAcknowledgementSignature";
import { payResponseSchema } from "./payResponseSchema";
import { paymentTimePlausible } from "./paymentTimePlausible";
import { rejectsBadSignature } from "./rejectsBadSignature";
import { rejectsUnknownClient } from "./rejectsUnknownClient";
import { responseSigned } from "./responseSigned";
import { resultEnvelope } from "./resultEnvelope";
import { statusUppercase } from "./statusUppercase";

/** Checks of the wire rules (values, schema, sig, http) and the callbacks (notify, authnotify). */
export const wireChecks: readonly Check[] = [
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
