import type { Exchange } from "../../core/trace";
import { clean, ORDER_ID } from "../testing/samples";
import { call, callback, trace } from "../testing/traceBuilder";
import { findingsOf, verdictOf } from "../testing/verdictOf";
import { authNotifyMatchesCustomer } from "./matchesCustomer";
import { authNotifyOnlyWithConsent } from "./onlyWithConsent";
import { authNotifyRetriedUntilAcknowledged } from "./retriedUntilAcknowledged";
import { authNotifySameAgreement } from "./sameAgreement";
import { authNotifyTokenCreated } from "./tokenCreated";

const order = (oneClick = true, response: unknown = clean.orderResponse) =>
  call("order", "pay", clean.orderRequest(oneClick), response);
const succeeded = call("inquiry", "inquiryPayment", clean.inquiryRequest, clean.inquiryResponse());
const failedInquiry = call(
  "inquiry",
  "inquiryPayment",
  clean.inquiryRequest,
  clean.inquiryResponse(clean.ok("USER_PAYMENT_VERIFICATION_FAILED", "F")),
);
/** The simulator attributes an authNotify to the order through its referenceAgreementId. */
const auth = (body: Record<string, unknown> = clean.authNotify(), answeredWith = "S", extra: Partial<Exchange> = {}) =>
  callback("authNotify", body, answeredWith, { paymentRequestId: ORDER_ID, ...extra });
const oneClick = (...exchanges: Exchange[]) => trace("one-click", [order(), succeeded, ...exchanges]);
const TOKEN = clean.authNotify().accessToken as string;

describe("authnotify.token-created", () => {
  test.each([
    { name: "TOKEN_CREATED with a token", given: oneClick(auth()), want: "pass" },
    { name: "no authNotify (fault authnotify-not-sent)", given: oneClick(), want: "fail" },
    { name: "an empty accessToken", given: oneClick(auth({ ...clean.authNotify(), accessToken: "" })), want: "fail" },
    {
      name: "AUTHCODE_CREATED instead",
      given: oneClick(auth({ ...clean.authNotify(), authorizationNotifyType: "AUTHCODE_CREATED" })),
      want: "fail",
    },
    { name: "the payment did not succeed", given: trace("one-click", [order(), failedInquiry]), want: "skip" },
    { name: "the order had no one-click", given: trace("one-click", [order(false), succeeded]), want: "skip" },
    { name: "feature not declared", given: trace("one-click", [order(), succeeded], { features: [] }), want: "skip" },
  ])("$name → $want", ({ given, want }) => expect(verdictOf(authNotifyTokenCreated, given)).toBe(want));

  test("a fail shows the token masked, never in clear", () => {
    const findings = findingsOf(
      authNotifyTokenCreated,
      oneClick(auth({ ...clean.authNotify(), authorizationNotifyType: "TOKEN_CANCELED" })),
    );
    expect(findings[0]?.received).toContain(`accessToken ${TOKEN.slice(0, 4)}…`);
    expect(JSON.stringify(findings)).not.toContain(TOKEN);
  });
});

describe("authnotify.same-agreement", () => {
  const other = { ...clean.authNotify(), referenceAgreementId: "2023091819074101000380025683798" };
  test.each([
    { name: "the order's referenceAgreementId", given: oneClick(auth()), want: "pass" },
    {
      name: "another agreement (fault authnotify-wrong-agreement), unattributed",
      given: oneClick(auth(other, "S", { paymentRequestId: undefined })),
      want: "fail",
    },
    {
      name: "no referenceAgreementId",
      given: oneClick(auth({ ...clean.authNotify(), referenceAgreementId: undefined })),
      want: "fail",
    },
    {
      name: "an authNotify of another payment of the trace is not this order's",
      given: trace("one-click", [
        order(),
        call(
          "order-without-authorization-info",
          "pay",
          { ...clean.orderRequest(true), paymentRequestId: "77" },
          { result: clean.ok("PARAM_ILLEGAL", "F") },
        ),
        auth(other, "S", { paymentRequestId: "77" }),
      ]),
      want: "skip",
    },
    { name: "no authNotify", given: oneClick(), want: "skip" },
  ])("$name → $want", ({ given, want }) => expect(verdictOf(authNotifySameAgreement, given)).toBe(want));
});

describe("authnotify.only-with-consent", () => {
  test.each([
    { name: "happy-path without authNotify", given: trace("happy-path", [order(false), succeeded]), want: "pass" },
    {
      name: "happy-path with an authNotify (fault authnotify-without-consent)",
      given: trace("happy-path", [order(false), succeeded, auth()]),
      want: "fail",
    },
    {
      name: "failed verification with an authNotify",
      given: trace("verification-failed", [order(), failedInquiry, auth()]),
      want: "fail",
    },
    {
      name: "failed verification without",
      given: trace("verification-failed", [order(), failedInquiry]),
      want: "pass",
    },
    {
      name: "happy-path still pending: silence proves nothing",
      given: trace("happy-path", [order(false)]),
      want: "skip",
    },
    {
      name: "verification-failed never verified (driver stuck): silence proves nothing",
      given: trace("verification-failed", [
        order(),
        call(
          "inquiry",
          "inquiryPayment",
          clean.inquiryRequest,
          clean.inquiryResponse(clean.ok("PAYMENT_IN_PROCESS", "U")),
        ),
      ]),
      want: "skip",
    },
    {
      name: "verification-failed whose payment succeeded shows no failed verification",
      given: trace("verification-failed", [order(), succeeded]),
      want: "skip",
    },
  ])("$name → $want", ({ given, want }) => expect(verdictOf(authNotifyOnlyWithConsent, given)).toBe(want));
});

describe("authnotify.retried-until-acknowledged", () => {
  const attempts = (answers: string[]) =>
    trace("callback-retries", [
      order(),
      succeeded,
      ...answers.map((a, i) => ({ ...auth(clean.authNotify(), a), startedAt: 1000 + i * 100 })),
    ]);
  test.each([
    { name: "U, silence, then S", given: attempts(["U", "no-answer", "S"]), want: "pass" },
    { name: "sent once (fault authnotify-not-retried)", given: attempts(["U"]), want: "fail" },
    { name: "gave up after silence", given: attempts(["U", "no-answer"]), want: "fail" },
    { name: "an F is not a reason to retry", given: attempts(["F"]), want: "skip" },
  ])("$name → $want", ({ given, want }) => expect(verdictOf(authNotifyRetriedUntilAcknowledged, given)).toBe(want));
});

describe("authnotify.matches-customer", () => {
  test.each([
    { name: "the order's customer", given: oneClick(auth()), want: "pass" },
    {
      name: "another customer (fault authnotify-wrong-customer)",
      given: oneClick(auth({ ...clean.authNotify(), customerId: "2160220000000002" })),
      want: "fail",
    },
    { name: "no customerId", given: oneClick(auth({ ...clean.authNotify(), customerId: undefined })), want: "fail" },
    {
      name: "the MPP never named the customer",
      given: trace("one-click", [order(true, { ...clean.orderResponse, customerId: undefined }), auth()]),
      want: "skip",
    },
  ])("$name → $want", ({ given, want }) => expect(verdictOf(authNotifyMatchesCustomer, given)).toBe(want));
});
