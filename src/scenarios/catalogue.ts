/**
 * The scenarios of a conformance run and the step labels they record on exchanges. Checks find
 * their evidence by scenario and step, so these labels are a contract: change both sides at once.
 *
 * happy-path          evaluation (payable account, paymentMethodId "" + userLoginId) → S;
 *                     "evaluation-inquiry" → F ORDER_NOT_EXIST; "order" (own paymentNotifyUrl
 *                     and paymentRedirectUrl, no one-click) → U; "inquiry-before-verification" →
 *                     S + U; verification (success); "inquiry" polled to final; notifyPayment
 *                     awaited; then a quiet period in which no authNotify and no second
 *                     notifyPayment may arrive.
 * one-click           as happy-path with isAuthorizationAndPay + authorizationInfo; authNotify
 *                     awaited; plus "order-without-authorization-info" → F PARAM_ILLEGAL.
 * verification-failed "order" with one-click; verification (fail: wrong PIN until refused);
 *                     "inquiry" polled to F; notifyPayment F; no authNotify.
 * evaluation-rejected for each configured rejected account: "evaluation:<CODE>" → F <CODE>,
 *                     "order:<CODE>" → F.
 * evaluation-id-reuse "evaluation" → S, "evaluation-inquiry" → F ORDER_NOT_EXIST, then "order" with
 *                     the same paymentRequestId → U, not S.
 * idempotency         "evaluation", "evaluation-replay"; "order", "order-replay" (same body);
 *                     "concurrent" (3 identical orders at once, new id); "inconsistent" (id of
 *                     "order", changed amount) → F REPEAT_REQ_INCONSISTENT.
 * signatures          "bad-signature", "missing-signature", "unknown-client" (orders, each with
 *                     its own id) then "after-bad-signature", "after-missing-signature",
 *                     "after-unknown-client" inquiries (must say ORDER_NOT_EXIST).
 * invalid-input       "malformed-json:pay", "malformed-json:inquiryPayment",
 *                     "schema-invalid:<api>:<what>" (several, derived from the spec, e.g.
 *                     "schema-invalid:pay:missing:acquirerId"; pay ones are phase-2 orders,
 *                     each with its own id, followed by "after-schema-invalid:pay:<what>", an
 *                     inquiry of that id when the request kept it), "oversized", then
 *                     "alive" (an inquiry that must still be answered).
 * inquiry-scoping     "unknown-order"; "order"; "other-acquirer"; "other-psp".
 * expiry              "order" with a near paymentExpiryTime, not verified; "inquiry-before-expiry"
 *                     right after it (still open); "inquiry" polled to
 *                     final; notifyPayment awaited.
 * sms-resend          "order"; verification (resend-then-success); "inquiry" polled; notify.
 * callback-retries    "order" with one-click; notifyPayment scripted U, F, http-500, no-answer,
 *                     bad-signature, then S; authNotify scripted U, no-answer, then S;
 *                     verification (success); "inquiry" polled; all arrivals awaited, then a
 *                     quiet period.
 *
 * Every exchange the simulator receives is recorded with step "callback".
 */
export const scenarioNames = [
  "happy-path",
  "one-click",
  "verification-failed",
  "evaluation-rejected",
  "evaluation-id-reuse",
  "idempotency",
  "signatures",
  "invalid-input",
  "inquiry-scoping",
  "expiry",
  "sms-resend",
  "callback-retries",
] as const;

export type ScenarioName = (typeof scenarioNames)[number];
