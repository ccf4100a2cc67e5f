/**
 * The fault catalogue: each fault makes the reference MPP break exactly one rule, so the kit
 * can prove each of its checks fails when it should. Faults are small toggles read at the
 * point of behaviour (`faults.has("...")`), never copies of handlers.
 */
import type { RuleId } from "../generated/rules";

function fault<const Id extends string>(id: Id, rule: RuleId, description: string) {
  return { id, rule, description } as const;
}

const entries = [
  fault(
    "evaluation-creates-payment",
    "eval.no-payment-created",
    "An evaluation creates a payment in process; inquiry finds it.",
  ),
  fault("evaluation-notifies", "eval.no-notification", "A successful evaluation sends notifyPayment S."),
  fault(
    "evaluation-ignores-login-id",
    "eval.account-by-login-id",
    "The account is looked up by paymentMethodId only; an empty id is USER_NOT_EXIST.",
  ),
  fault(
    "evaluation-generic-rejection",
    "eval.rejection-code",
    "Every evaluation rejection is F PROCESS_FAIL instead of its specific code.",
  ),
  fault("evaluation-unknown-for-payable", "eval.result-status", "A payable account is evaluated U UNKNOWN_EXCEPTION."),
  fault(
    "evaluation-reserves-id",
    "eval.id-not-reserved",
    "An evaluation's S is cached under its paymentRequestId and replayed to an order with that id.",
  ),
  fault("order-answers-success", "order.never-success", "Order creation answers S SUCCESS before verification."),
  fault(
    "order-without-payment-url",
    "order.in-process-fields",
    "Order creation answers U PAYMENT_IN_PROCESS without a paymentUrl.",
  ),
  fault(
    "order-accepts-rejected-account",
    "order.rejection-code",
    "Orders for accounts that cannot pay are answered U as if payable.",
  ),
  fault(
    "order-ignores-missing-authorization-info",
    "order.authorization-info-required",
    "isAuthorizationAndPay without authorizationInfo is accepted.",
  ),
  fault("verification-page-not-html", "verify.page-served", "The paymentUrl answers JSON instead of an HTML page."),
  fault(
    "redirect-without-status",
    "verify.redirect-status",
    "The redirect to paymentRedirectUrl carries no status parameter.",
  ),
  fault(
    "verification-dead-end",
    "verify.redirect-status",
    "After the last wrong PIN the page says the payment failed, with no link, form or redirect: the user is stuck.",
  ),
  fault("redirect-drops-query", "verify.redirect-keeps-query", "The redirect drops paymentRedirectUrl's own query."),
  fault(
    "redirect-always-success",
    "verify.status-matches-outcome",
    "The redirect says status=success even when verification failed.",
  ),
  fault("no-sms-resend", "verify.sms-resend", "The resend button answers 404 and sends no new code."),
  fault(
    "resend-keeps-old-code",
    "verify.resend-invalidates-old-code",
    "A resend sends a new code but the old one still works.",
  ),
  fault(
    "inquiry-unknown-as-process-fail",
    "inquiry.unknown-order",
    "An unknown order is answered F PROCESS_FAIL instead of ORDER_NOT_EXIST.",
  ),
  fault(
    "inquiry-in-process-as-unknown-result",
    "inquiry.in-process",
    "While processing, inquiry's own result is U instead of S.",
  ),
  fault(
    "inquiry-stuck-in-process",
    "inquiry.success",
    "After a successful verification inquiry keeps answering U PAYMENT_IN_PROCESS.",
  ),
  fault(
    "inquiry-failure-in-process",
    "inquiry.failure",
    "After a failed verification inquiry keeps answering U PAYMENT_IN_PROCESS.",
  ),
  fault(
    "inquiry-wrong-amount",
    "inquiry.matches-order",
    "inquiry reports a paymentAmount one unit higher than the order's.",
  ),
  fault(
    "inquiry-swaps-amounts",
    "inquiry.matches-order",
    "inquiry reports paymentAmount and payToAmount in each other's place.",
  ),
  fault("expiry-ignored", "inquiry.closed-after-expiry", "After expiry inquiry keeps answering U PAYMENT_IN_PROCESS."),
  fault(
    "expiry-closes-early",
    "inquiry.open-until-expiry",
    "An order with a paymentExpiryTime is closed as soon as it is created.",
  ),
  fault(
    "expiry-notified-generic",
    "notify.closed-after-expiry",
    "An expired order is notified F PROCESS_FAIL instead of ORDER_IS_CLOSED.",
  ),
  fault("notify-not-sent", "notify.sent-on-final", "No notifyPayment is sent for final payments."),
  fault("notify-as-unknown", "notify.never-unknown", "notifyPayment reports paymentResult U PAYMENT_IN_PROCESS."),
  fault(
    "notify-wrong-amount",
    "notify.matches-order",
    "notifyPayment reports a paymentAmount one unit higher than the order's.",
  ),
  fault(
    "notify-amount-of-another-payment",
    "notify.matches-order",
    "notifyPayment reports the paymentAmount of the latest other payment with a different amount (an amount cached across payments).",
  ),
  fault(
    "notify-swaps-acquirer-and-psp",
    "notify.same-parties",
    "notifyPayment carries the pspId as acquirerId and the acquirerId as pspId.",
  ),
  fault(
    "notify-swaps-amounts",
    "notify.matches-order",
    "notifyPayment reports paymentAmount and payToAmount in each other's place.",
  ),
  fault(
    "notify-disagrees-with-inquiry",
    "notify.agrees-with-inquiry",
    "notifyPayment reports the opposite outcome of the payment (S for F, F for S).",
  ),
  fault(
    "notify-ignores-notify-url",
    "notify.url-from-request",
    "notifyPayment always goes to the default Alipay+ URL.",
  ),
  fault(
    "notify-not-retried",
    "notify.retried-until-acknowledged",
    "notifyPayment is sent once, whatever the acknowledgement.",
  ),
  fault(
    "notify-retry-changes-content",
    "notify.retry-same-content",
    "Each retry of notifyPayment carries a different paymentAmount.",
  ),
  fault(
    "notify-repeated-after-ack",
    "notify.stops-after-acknowledgement",
    "notifyPayment is sent once more after the S acknowledgement.",
  ),
  fault(
    "notify-ack-signature-ignored",
    "notify.verifies-acknowledgement-signature",
    "An acknowledgement's signature is not verified.",
  ),
  fault(
    "payment-time-wrong-zone",
    "values.payment-time-plausible",
    "paymentTime is the wall-clock time of a UTC+8 wallet labelled Z: eight hours off.",
  ),
  fault(
    "token-already-expired",
    "authnotify.token-expiry-plausible",
    "authNotify's accessTokenExpiryTime is a day in the past.",
  ),
  fault(
    "token-echoes-agreement",
    "authnotify.token-plausible",
    "authNotify's accessToken is the referenceAgreementId.",
  ),
  fault(
    "refresh-token-is-access-token",
    "authnotify.token-plausible",
    "authNotify's refreshToken is the accessToken itself.",
  ),
  fault("authnotify-not-sent", "authnotify.token-created", "No authNotify is sent after a one-click payment."),
  fault(
    "authnotify-wrong-agreement",
    "authnotify.same-agreement",
    "authNotify carries a different referenceAgreementId.",
  ),
  fault(
    "authnotify-without-consent",
    "authnotify.only-with-consent",
    "authNotify is sent for every verified payment, one-click or not, failed or not.",
  ),
  fault(
    "authnotify-not-retried",
    "authnotify.retried-until-acknowledged",
    "authNotify is sent once, whatever the acknowledgement.",
  ),
  fault(
    "authnotify-wrong-customer",
    "authnotify.matches-customer",
    "authNotify carries another customer's customerId.",
  ),
  fault("response-unsigned", "sig.response-signed", "pay and inquiryPayment responses carry no Signature header."),
  fault("callback-wrongly-signed", "sig.callback-signed", "Callbacks carry a signature that does not verify."),
  fault(
    "bad-signature-accepted",
    "sig.rejects-bad-signature",
    "Requests are processed whatever their signature (or none).",
  ),
  fault("unknown-client-accepted", "sig.rejects-unknown-client", "Requests from any Client-Id are processed."),
  fault("idempotency-new-payment", "idem.same-answer", "A repeated order creates a new payment with a new paymentId."),
  fault(
    "idempotency-race",
    "idem.concurrent-duplicates",
    "Lookup and insert are separated by an await and no constraint: concurrent duplicates each create a payment.",
  ),
  fault(
    "inconsistent-repeat-accepted",
    "idem.inconsistent-repeat",
    "A repeat with a changed amount or method gets the first answer instead of REPEAT_REQ_INCONSISTENT.",
  ),
  fault(
    "legacy-result-envelope",
    "values.result-envelope",
    "Responses carry the legacy resultInfo envelope instead of result.",
  ),
  fault("lowercase-status", "values.status-uppercase", "resultStatus is sent lowercase."),
  fault(
    "code-status-mismatch",
    "values.code-agrees-with-status",
    "A successful evaluation is answered S with resultCode PROCESS_FAIL, a code of the F table.",
  ),
  fault("numbers-not-strings", "values.all-strings", "Amount values in responses are JSON numbers."),
  fault("empty-strings", "values.no-empty-strings", 'Responses carry optional fields that do not apply as "".'),
  fault("pay-response-invalid", "schema.pay-response", "The pay response's paymentId is longer than 64 characters."),
  fault("inquiry-response-invalid", "schema.inquiry-response", "The inquiry response lacks paymentResult."),
  fault("notify-request-invalid", "schema.notify-request", "notifyPayment's paymentResult lacks resultCode."),
  fault(
    "authnotify-request-invalid",
    "schema.authnotify-request",
    "authNotify's accessToken is longer than 128 characters.",
  ),
  fault("slow-pay", "timing.pay-within-8s", "pay is answered after 8.5 s."),
  fault("slow-inquiry", "timing.inquiry-within-5s", "inquiryPayment is answered after 5.5 s."),
  fault("malformed-json-500", "input.malformed-json", "A body that is not JSON is answered HTTP 500."),
  fault("schema-invalid-500", "input.schema-invalid", "A schema-invalid request is answered HTTP 500."),
  fault(
    "schema-invalid-refused-but-created",
    "input.schema-invalid",
    "A schema-invalid order is answered F PARAM_ILLEGAL but the payment is created anyway.",
  ),
  fault(
    "schema-invalid-field-not-named",
    "input.schema-invalid-param-illegal",
    'PARAM_ILLEGAL for a schema-invalid request says "Illegal parameter", not which field.',
  ),
  fault("oversized-body-500", "input.oversized-body", "An oversized body is answered HTTP 500."),
  fault("errors-as-http-400", "http.business-errors-200", "Business errors (result F) are answered with HTTP 400."),
  fault("inquiry-ignores-acquirer", "scope.acquirer", "inquiryPayment finds a payment under any acquirerId."),
  fault("inquiry-ignores-psp", "scope.psp", "inquiryPayment finds a payment under any pspId."),
] as const;

export type FaultId = (typeof entries)[number]["id"];

export interface FaultEntry {
  readonly id: FaultId;
  readonly rule: RuleId;
  readonly description: string;
}

export const faultCatalogue: readonly FaultEntry[] = entries;

const knownIds = new Set<string>(entries.map((e) => e.id));

export function isFaultId(value: string): value is FaultId {
  return knownIds.has(value);
}

/** The faults one server instance runs with; immutable after start. */
export class FaultSet {
  private readonly active: ReadonlySet<FaultId>;

  constructor(ids: readonly string[] = []) {
    const unknown = ids.filter((id) => !isFaultId(id));
    if (unknown.length > 0) throw new Error(`Unknown fault(s): ${unknown.join(", ")}. See --list-faults.`);
    this.active = new Set(ids as FaultId[]);
  }

  has(id: FaultId): boolean {
    return this.active.has(id);
  }

  list(): FaultId[] {
    return [...this.active];
  }
}
