import type { Exchange } from "../../core/trace";
import { authNotifyTokenExpiryPlausible } from "../authnotify/tokenExpiryPlausible";
import { authNotifyTokenPlausible } from "../authnotify/tokenPlausible";
import { AGREEMENT_ID, clean, ORDER_ID, PAYMENT_ID } from "../testing/samples";
import { call, callback, trace } from "../testing/traceBuilder";
import { findingsOf, verdictOf } from "../testing/verdictOf";
import { paymentTimePlausible } from "./paymentTimePlausible";

/** The order was created at T; everything else happens a little later, by the kit's clock. */
const T = Date.parse("2026-12-02T08:00:00Z");
const atTime = (x: Exchange, ms: number): Exchange => ({ ...x, startedAt: ms });
const order = (oneClick = false) => atTime(call("order", "pay", clean.orderRequest(oneClick), clean.orderResponse), T);
const notifyAt = (ms: number, paymentTime: unknown) =>
  atTime(callback("notifyPayment", { ...clean.notify(), paymentTime }), ms);
const inquiryAt = (ms: number, paymentTime: unknown) =>
  atTime(call("inquiry", "inquiryPayment", clean.inquiryRequest, { ...clean.inquiryResponse(), paymentTime }), ms);

describe("values.payment-time-plausible", () => {
  const happy = (...xs: Exchange[]) => trace("happy-path", [order(), ...xs]);
  test.each([
    {
      name: "between creation and the notification, in +08:00",
      given: happy(notifyAt(T + 30_000, "2026-12-02T16:00:20+08:00")),
      want: "pass",
    },
    { name: "in UTC with Z", given: happy(inquiryAt(T + 30_000, "2026-12-02T08:00:20Z")), want: "pass" },
    {
      name: "a clock a few seconds off is allowed",
      given: happy(notifyAt(T + 1_000, "2026-12-02T08:00:30Z")),
      want: "pass",
    },
    {
      name: "local time labelled Z (8 h in the future)",
      given: happy(notifyAt(T + 30_000, "2026-12-02T16:00:20Z")),
      want: "fail",
    },
    { name: "a day before the order", given: happy(inquiryAt(T + 30_000, "2026-12-01T08:00:20Z")), want: "fail" },
    { name: "not a date-time: the schema's", given: happy(notifyAt(T + 30_000, "yesterday")), want: "skip" },
    { name: "no paymentTime anywhere", given: happy(notifyAt(T + 30_000, undefined)), want: "skip" },
  ])("$name → $want", ({ given, want }) => expect(verdictOf(paymentTimePlausible, given)).toBe(want));

  test("the fail says how far off and which way", () => {
    const [finding] = findingsOf(paymentTimePlausible, happy(notifyAt(T + 30_000, "2026-12-02T16:00:20Z")));
    expect(finding?.title).toContain("is 8.0 h after the message was sent");
    expect(finding?.evidence[0]).toMatchObject({ path: "$.paymentTime" });
  });
});

const auth = (body: Record<string, unknown>, ms = T + 40_000, extra: Partial<Exchange> = {}) =>
  atTime(callback("authNotify", { ...clean.authNotify(), ...body }, "S", { paymentRequestId: ORDER_ID, ...extra }), ms);
const oneClick = (...xs: Exchange[]) => trace("one-click", [order(true), ...xs]);

describe("authnotify.token-expiry-plausible", () => {
  test.each([
    {
      name: "a year ahead",
      given: oneClick(auth({ accessTokenExpiryTime: "2027-12-02T16:00:00+08:00" })),
      want: "pass",
    },
    {
      name: "already expired",
      given: oneClick(auth({ accessTokenExpiryTime: "2026-12-01T16:00:00+08:00" })),
      want: "fail",
    },
    {
      name: "the refresh token already expired",
      given: oneClick(
        auth({ accessTokenExpiryTime: "2027-12-02T08:00:00Z", refreshTokenExpiryTime: "2026-12-02T07:00:00Z" }),
      ),
      want: "fail",
    },
    { name: "no expiry given", given: oneClick(auth({ accessTokenExpiryTime: undefined })), want: "skip" },
    { name: "not a date-time: the schema's", given: oneClick(auth({ accessTokenExpiryTime: "never" })), want: "skip" },
  ])("$name → $want", ({ given, want }) => expect(verdictOf(authNotifyTokenExpiryPlausible, given)).toBe(want));
});

describe("authnotify.token-plausible", () => {
  const TOKEN = clean.authNotify().accessToken as string;
  test.each([
    { name: "an opaque token", given: oneClick(auth({})), want: "pass" },
    {
      name: "the same token on a retry of the same agreement",
      given: oneClick(auth({}), auth({}, T + 50_000)),
      want: "pass",
    },
    { name: "the referenceAgreementId as token", given: oneClick(auth({ accessToken: AGREEMENT_ID })), want: "fail" },
    { name: "the paymentId as token", given: oneClick(auth({ accessToken: PAYMENT_ID })), want: "fail" },
    { name: "an empty token", given: oneClick(auth({ accessToken: " " })), want: "fail" },
    { name: "the refreshToken is the accessToken", given: oneClick(auth({ refreshToken: TOKEN })), want: "fail" },
    { name: "a refreshToken of its own", given: oneClick(auth({ refreshToken: "r-0123456789abcdef" })), want: "pass" },
    {
      name: "one token for two agreements",
      given: oneClick(
        auth({}),
        auth({ referenceAgreementId: "other-agreement" }, T + 50_000, { paymentRequestId: undefined }),
      ),
      want: "fail",
    },
    { name: "no authNotify", given: oneClick(), want: "skip" },
  ])("$name → $want", ({ given, want }) => expect(verdictOf(authNotifyTokenPlausible, given)).toBe(want));

  test("the token never appears in clear", () => {
    const findings = findingsOf(
      authNotifyTokenPlausible,
      oneClick(
        auth({}),
        auth({ referenceAgreementId: "other-agreement" }, T + 50_000, { paymentRequestId: undefined }),
      ),
    );
    expect(findings.length).toBeGreaterThan(0);
    expect(JSON.stringify(findings)).not.toContain(TOKEN);
  });
});
