import type { VerificationRecord } from "../../core/trace";
import { call, inquiryAnswer, inquiryRequest, orderRequest, pending, seed } from "../testing/bodies";
import { trace, verification } from "../testing/traceBuilder";
import { findingsOf, verdictOf } from "../testing/verdictOf";
import { verifyPageServed } from "./pageServed";
import { verifyRedirectKeepsQuery } from "./redirectKeepsQuery";
import { verifyRedirectStatus } from "./redirectStatus";
import { verifyResendInvalidatesOldCode } from "./resendInvalidatesOldCode";
import { verifySmsResend } from "./smsResend";
import { verifyStatusMatchesOutcome } from "./statusMatchesOutcome";

const base = seed.redirectBase;
const record = (extra: Partial<VerificationRecord> & Pick<VerificationRecord, "intended">) =>
  verification({ paymentRequestId: "o1", expectedRedirectBase: base, landedAt: `${base}&status=success`, ...extra });
const order = call("order", "pay", orderRequest("o1"), pending());
const finalInquiry = (status: string, code: string) =>
  call("inquiry", "inquiryPayment", inquiryRequest("o1"), inquiryAnswer(status, code));
const happy = (records: VerificationRecord[], ...xs: Parameters<typeof trace>[1]) =>
  trace("happy-path", [order, ...xs], { verifications: records });

describe("verify.page-served", () => {
  test.each([
    { name: "served", given: happy([record({ intended: "success" })]), want: "pass" },
    {
      name: "JSON instead of HTML",
      given: happy([record({ intended: "success", pageServed: false, pageProblem: "HTTP 200 application/json" })]),
      want: "fail",
    },
    {
      name: "the browser crashed before it saw the page: no evidence either way",
      given: happy([
        record({
          intended: "success",
          pageServed: false,
          landedAt: undefined,
          pageUnjudged:
            "the browser could not open the paymentUrl: page.goto: net::ERR_ABORTED; maybe frame was detached?",
          error: "the browser could not open the paymentUrl: page.goto: net::ERR_ABORTED",
        }),
      ]),
      want: "skip",
    },
    {
      name: "no paymentUrl, no verification: order.in-process-fields's",
      given: trace("happy-path", [call("order", "pay", orderRequest("o1"), { ...pending(), paymentUrl: undefined })]),
      want: "skip",
    },
  ])("$name → $want", ({ given, want }) => expect(verdictOf(verifyPageServed, given)).toBe(want));
});

describe("verify.redirect-status", () => {
  test.each([
    {
      name: "the seed's example URL with status=success",
      given: happy([record({ intended: "success" })]),
      want: "pass",
    },
    {
      name: "status=fail",
      given: happy([record({ intended: "fail", landedAt: `${base}&status=fail` })]),
      want: "pass",
    },
    { name: "no status", given: happy([record({ intended: "success", landedAt: base })]), want: "fail" },
    {
      name: "two statuses",
      given: happy([record({ intended: "success", landedAt: `${base}&status=success&status=fail` })]),
      want: "fail",
    },
    { name: "status=ok", given: happy([record({ intended: "success", landedAt: `${base}&status=ok` })]), want: "fail" },
    { name: "never redirected", given: happy([record({ intended: "success", landedAt: undefined })]), want: "fail" },
    {
      name: "the page came back after the right PIN and code",
      given: happy([
        record({
          intended: "success",
          landedAt: undefined,
          error: "the page was shown again after the right PIN and code, no redirect: <form>",
        }),
      ]),
      want: "fail",
    },
    {
      name: "the browser itself failed",
      given: happy([
        record({
          intended: "fail",
          landedAt: undefined,
          error: "browser step failed: page.fill: Target page, context or browser has been closed",
        }),
      ]),
      want: "skip",
    },
    {
      name: "page not served: verify.page-served's",
      given: happy([record({ intended: "success", pageServed: false, landedAt: undefined })]),
      want: "skip",
    },
    {
      name: "resend failed: verify.sms-resend's",
      given: happy([
        record({
          intended: "resend-then-success",
          landedAt: undefined,
          error: "HTTP 404",
          resend: { requested: true, accepted: false },
        }),
      ]),
      want: "skip",
    },
    {
      name: "driver got no SMS code",
      given: happy([
        record({ intended: "success", landedAt: undefined, error: "SMS outbox http://x answered HTTP 404: {}" }),
      ]),
      want: "skip",
    },
    {
      name: "the browser crashed before it saw the page",
      given: happy([
        record({
          intended: "fail",
          pageServed: false,
          landedAt: undefined,
          pageUnjudged: "page.goto: Target closed",
          error: "page.goto: Target closed",
        }),
      ]),
      want: "skip",
    },
    {
      name: "the PIN page of a two-page flow came back after the right PIN",
      given: happy([
        record({
          intended: "success",
          landedAt: undefined,
          error: "the PIN page was shown again after the right PIN: Wrong PIN.",
        }),
      ]),
      want: "fail",
    },
    {
      name: "a dead end after the last wrong PIN",
      given: happy([
        record({
          intended: "fail",
          landedAt: undefined,
          deadEnd: "after wrong PIN number 3 the page left the user with no way on: Too many attempts.",
        }),
      ]),
      want: "fail",
    },
    {
      name: "a dead end after the right PIN and code",
      given: happy([
        record({
          intended: "success",
          landedAt: undefined,
          deadEnd: "after the right PIN and code the page left the user with no way on: Paid.",
        }),
      ]),
      want: "fail",
    },
    {
      name: "asking for a new code went nowhere: verify.sms-resend's",
      given: happy([
        record({
          intended: "resend-then-success",
          landedAt: undefined,
          error: "asking for a new code ended on a page with no way on: HTTP 404: Not found",
          resend: {
            requested: true,
            accepted: false,
            problem: "asking for a new code ended on a page with no way on: HTTP 404: Not found",
          },
        }),
      ]),
      want: "skip",
    },
    {
      name: "a page the form driver cannot run (script) is a driver limit",
      given: happy([
        record({
          intended: "success",
          landedAt: undefined,
          error: "the page runs script the form driver cannot follow (use the browser driver …): Processing...",
        }),
      ]),
      want: "skip",
    },
  ])("$name → $want", ({ given, want }) => expect(verdictOf(verifyRedirectStatus, given)).toBe(want));

  test("a dead end is named as one, with what the page said", () => {
    const [finding] = findingsOf(
      verifyRedirectStatus,
      happy([
        record({
          intended: "fail",
          landedAt: undefined,
          deadEnd: "after wrong PIN number 3 the page left the user with no way on: Too many attempts.",
        }),
      ]),
    );
    expect(finding?.title).toBe("the user was left on a page with no way back to Alipay+");
    expect(finding?.received).toContain("Too many attempts.");
  });
});

describe("verify.redirect-keeps-query", () => {
  const decoded = base.replace("%2B", "+");
  test.each([
    {
      name: "every parameter byte for byte, status appended",
      given: happy([record({ intended: "success" })]),
      want: "pass",
    },
    {
      name: "status inserted in the middle",
      given: happy([record({ intended: "success", landedAt: base.replace("&ps=", "&status=success&ps=") })]),
      want: "pass",
    },
    {
      name: "no status is verify.redirect-status's, the rest is intact",
      given: happy([record({ intended: "success", landedAt: base })]),
      want: "pass",
    },
    {
      name: "query dropped",
      given: happy([record({ intended: "success", landedAt: `${base.split("?")[0]}?status=success` })]),
      want: "fail",
    },
    {
      name: "paymentSessionData re-encoded (%2B became +)",
      given: happy([record({ intended: "success", landedAt: `${decoded}&status=success` })]),
      want: "fail",
    },
    {
      name: "another path",
      given: happy([
        record({ intended: "success", landedAt: `${base.replace("index.html", "other.html")}&status=success` }),
      ]),
      want: "fail",
    },
    {
      name: "a parameter added",
      given: happy([record({ intended: "success", landedAt: `${base}&status=success&debug=1` })]),
      want: "fail",
    },
    {
      name: "no redirect: verify.redirect-status's",
      given: happy([record({ intended: "success", landedAt: undefined })]),
      want: "skip",
    },
  ])("$name → $want", ({ given, want }) => expect(verdictOf(verifyRedirectKeepsQuery, given)).toBe(want));

  test("a re-encoded value is named", () => {
    const [finding] = findingsOf(
      verifyRedirectKeepsQuery,
      happy([record({ intended: "success", landedAt: `${decoded}&status=success` })]),
    );
    expect(finding?.received).toContain("parameter changed: paymentSessionData=n5xHy7LlExD8%2B");
    expect(finding?.hint).toMatch(/byte for byte/);
  });
});

describe("verify.status-matches-outcome", () => {
  const failed = (landedAt: string, ...xs: Parameters<typeof trace>[1]) =>
    trace("verification-failed", [order, ...xs], { verifications: [record({ intended: "fail", landedAt })] });
  test.each([
    {
      name: "success for a successful payment",
      given: happy([record({ intended: "success" })], finalInquiry("S", "SUCCESS")),
      want: "pass",
    },
    {
      name: "fail for a failed verification",
      given: failed(`${base}&status=fail`, finalInquiry("F", "USER_PAYMENT_VERIFICATION_FAILED")),
      want: "pass",
    },
    {
      name: "success although the verification failed",
      given: failed(`${base}&status=success`, finalInquiry("F", "USER_PAYMENT_VERIFICATION_FAILED")),
      want: "fail",
    },
    { name: "success for an intended failure never final", given: failed(`${base}&status=success`), want: "fail" },
    {
      name: "fail for a payment that succeeded",
      given: happy([record({ intended: "success", landedAt: `${base}&status=fail` })], finalInquiry("S", "SUCCESS")),
      want: "fail",
    },
    { name: "no status: verify.redirect-status's", given: failed(base), want: "skip" },
  ])("$name → $want", ({ given, want }) => expect(verdictOf(verifyStatusMatchesOutcome, given)).toBe(want));
});

describe("verify.sms-resend and verify.resend-invalidates-old-code", () => {
  const resend = (
    resendInfo: VerificationRecord["resend"],
    extra: Partial<VerificationRecord> = {},
    ...xs: Parameters<typeof trace>[1]
  ) =>
    trace("sms-resend", [order, ...xs], {
      verifications: [record({ intended: "resend-then-success", resend: resendInfo, ...extra })],
    });
  const good = { requested: true, accepted: true, oldCodeRefused: true };

  test.each([
    { name: "new code completes", given: resend(good, {}, finalInquiry("S", "SUCCESS")), want: "pass" },
    { name: "new code completes, redirect only", given: resend(good), want: "pass" },
    {
      name: "resend refused (404)",
      given: resend({ requested: true, accepted: false, problem: "HTTP 404 on action=resend" }),
      want: "fail",
    },
    {
      name: "new code does not complete",
      given: resend(good, { landedAt: `${base}&status=fail` }, finalInquiry("F", "USER_PAYMENT_VERIFICATION_FAILED")),
      want: "fail",
    },
    { name: "driver cannot resend", given: resend(undefined, { driver: "http" }), want: "skip" },
    {
      name: "driver got no SMS code",
      given: resend(
        { requested: true, accepted: false },
        { landedAt: undefined, error: "no SMS code: the outbox needs the paymentId" },
      ),
      want: "skip",
    },
    {
      name: "the driver found no resend control it recognised: a driver limit, not a verdict",
      given: resend(
        { requested: true, accepted: false },
        {
          landedAt: undefined,
          error: 'no "resend code" control (button or link) found on the page; set verification.controls.resend …',
        },
      ),
      want: "skip",
    },
    {
      name: "asking for a new code ended on a 404 page with no way on",
      given: resend(
        {
          requested: true,
          accepted: false,
          problem: "asking for a new code ended on a page with no way on: HTTP 404: Not found",
        },
        { landedAt: undefined, error: "asking for a new code ended on a page with no way on: HTTP 404: Not found" },
      ),
      want: "fail",
    },
    { name: "undeclared feature", given: { ...resend(good), features: [] }, want: "skip" },
    {
      name: "the same code sent again completes",
      given: resend({ requested: true, accepted: true, sameCode: true }, {}, finalInquiry("S", "SUCCESS")),
      want: "pass",
    },
  ])("sms-resend: $name → $want", ({ given, want }) => expect(verdictOf(verifySmsResend, given)).toBe(want));

  test.each([
    { name: "old code refused", given: resend(good), want: "pass" },
    { name: "old code still accepted", given: resend({ ...good, oldCodeRefused: false }), want: "fail" },
    { name: "not tried", given: resend({ requested: true, accepted: true }), want: "skip" },
    { name: "no new code: verify.sms-resend's", given: resend({ requested: true, accepted: false }), want: "skip" },
    {
      name: "the same code sent again",
      given: resend({ requested: true, accepted: true, sameCode: true }),
      want: "fail",
    },
  ])("old code: $name → $want", ({ given, want }) =>
    expect(verdictOf(verifyResendInvalidatesOldCode, given)).toBe(want),
  );
});
