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
 * Every exchange the simulator receives is recorded with step "callback". Pact verification records
 * its provider states ("state: <name>") in a trace of its own named "contracts".
 */
import type { MppOperation } from "../../generated/validate";

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

/** The fixed step labels, as the comment above describes them. */
export const stepLabels = [
  "evaluation",
  "evaluation-inquiry",
  "evaluation-replay",
  "order",
  "order-replay",
  "order-without-authorization-info",
  "inquiry-before-verification",
  "inquiry-before-expiry",
  "inquiry",
  "verification",
  "concurrent",
  "inconsistent",
  "bad-signature",
  "missing-signature",
  "unknown-client",
  "after-bad-signature",
  "after-missing-signature",
  "after-unknown-client",
  "malformed-json:pay",
  "malformed-json:inquiryPayment",
  "oversized",
  "alive",
  "unknown-order",
  "other-acquirer",
  "other-psp",
  "callback",
] as const;

/**
 * A step label recorded on an exchange or a verification: a fixed one, or one of the families
 * that carry a value (the expected rejection code; the schema case, e.g. "pay:missing:acquirerId").
 * A typo is a compile error on both sides, the scenario that records and the check that reads.
 */
export type StepLabel =
  | (typeof stepLabels)[number]
  | `state: ${string}`
  | `evaluation:${string}`
  | `order:${string}`
  | `schema-invalid:${MppOperation}:${string}`
  | `after-schema-invalid:pay:${string}`;

/** The label of the inquiry that follows a refused or invalid pay, asking whether it created anything. */
export const afterStep = (step: StepLabel): StepLabel => `after-${step}` as StepLabel;

/** What a trace records: a scenario of the run, or the provider states a Pact verification set up. */
export type TraceName = ScenarioName | "contracts";

/** A family of step labels, read by its prefix (e.g. every "evaluation:<CODE>" step). */
export type StepFamily = "evaluation:" | "order:" | "malformed-json:" | "schema-invalid:" | "after-schema-invalid:";
