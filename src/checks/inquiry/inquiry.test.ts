import type { StepLabel } from "../../core/scenarioNames";
import type { VerificationRecord } from "../../core/trace";
import {
  call,
  inquiryAnswer,
  inquiryRequest,
  notFound,
  orderRequest,
  pending,
  result,
  seed,
  unanswered,
} from "../testing/bodies";
import { trace, verification } from "../testing/traceBuilder";
import { findingsOf, verdictOf } from "../testing/verdictOf";
import { inquiryClosedAfterExpiry } from "./closedAfterExpiry";
import { inquiryFailure } from "./failure";
import { inquiryInProcess } from "./inProcess";
import { inquiryMatchesOrder } from "./matchesOrder";
import { inquiryOpenUntilExpiry } from "./openUntilExpiry";
import { inquirySuccess } from "./success";
import { inquiryUnknownOrder } from "./unknownOrder";

const order = (answer: unknown = pending(), extra: Record<string, unknown> = {}) =>
  call("order", "pay", orderRequest("o1", extra), answer);
const inquiry = (answer: unknown, step: StepLabel = "inquiry") =>
  call(step, "inquiryPayment", inquiryRequest("o1"), answer);
const verified = (intended: VerificationRecord["intended"], extra: Partial<VerificationRecord> = {}) =>
  verification({
    paymentRequestId: "o1",
    intended,
    landedAt: "http://127.0.0.1:2/result/1?ps=EASY_PAY&status=success",
    ...extra,
  });
const { paymentResult: _pr, ...noPaymentResult } = inquiryAnswer("U", "PAYMENT_IN_PROCESS");

describe("inquiry.unknown-order", () => {
  const scoping = (answer: unknown) =>
    trace("inquiry-scoping", [call("unknown-order", "inquiryPayment", inquiryRequest("nope"), answer)]);
  test.each([
    { name: "F ORDER_NOT_EXIST", given: scoping(notFound), want: "pass" },
    { name: "F PROCESS_FAIL", given: scoping(result("F", "PROCESS_FAIL")), want: "fail" },
    { name: "S with an empty payment", given: scoping(result("S", "SUCCESS")), want: "fail" },
    {
      name: "no answer: timing's",
      given: trace("inquiry-scoping", [
        unanswered(call("unknown-order", "inquiryPayment", inquiryRequest("nope"), notFound)),
      ]),
      want: "skip",
    },
  ])("$name → $want", ({ given, want }) => expect(verdictOf(inquiryUnknownOrder, given)).toBe(want));
});

describe("inquiry.in-process", () => {
  const before = (answer: unknown, orderAnswer: unknown = pending()) =>
    trace("happy-path", [order(orderAnswer), inquiry(answer, "inquiry-before-verification")]);
  test.each([
    { name: "S + U PAYMENT_IN_PROCESS", given: before(inquiryAnswer("U", "PAYMENT_IN_PROCESS")), want: "pass" },
    {
      name: "result U while processing",
      given: before({ ...result("U", "PAYMENT_IN_PROCESS"), paymentResult: result("U", "PAYMENT_IN_PROCESS").result }),
      want: "fail",
    },
    { name: "already S", given: before(inquiryAnswer("S", "SUCCESS")), want: "fail" },
    { name: "not found", given: before(notFound), want: "fail" },
    { name: "no paymentResult: schema.inquiry-response's", given: before(noPaymentResult), want: "skip" },
    {
      name: "the order was not pending: order.*'s",
      given: before(inquiryAnswer("U", "PAYMENT_IN_PROCESS"), seed.orderResponse),
      want: "skip",
    },
  ])("$name → $want", ({ given, want }) => expect(verdictOf(inquiryInProcess, given)).toBe(want));

  test("a result U is blamed on result, not paymentResult", () => {
    const [finding] = findingsOf(
      inquiryInProcess,
      before({ ...result("U", "PAYMENT_IN_PROCESS"), paymentResult: result("U", "PAYMENT_IN_PROCESS").result }),
    );
    expect(finding).toMatchObject({ evidence: [{ path: "$.result" }] });
    expect(finding?.hint).toMatch(/outcome of the inquiry call itself/);
  });
});

describe("inquiry.success", () => {
  const polled = (records: VerificationRecord[], ...answers: unknown[]) =>
    trace("happy-path", [order(), ...answers.map((a) => inquiry(a))], { verifications: records });
  test.each([
    {
      name: "reaches S SUCCESS",
      given: polled([verified("success")], inquiryAnswer("U", "PAYMENT_IN_PROCESS"), inquiryAnswer("S", "SUCCESS")),
      want: "pass",
    },
    {
      name: "stuck in process",
      given: polled(
        [verified("success")],
        inquiryAnswer("U", "PAYMENT_IN_PROCESS"),
        inquiryAnswer("U", "PAYMENT_IN_PROCESS"),
      ),
      want: "fail",
    },
    {
      name: "failed although verified",
      given: polled([verified("success")], inquiryAnswer("F", "USER_PAYMENT_VERIFICATION_FAILED")),
      want: "fail",
    },
    {
      name: "page not served: verify.page-served's",
      given: polled([verified("success", { pageServed: false })], inquiryAnswer("U", "PAYMENT_IN_PROCESS")),
      want: "skip",
    },
    {
      name: "no verification: no paymentUrl",
      given: trace("happy-path", [order({ ...pending(), paymentUrl: undefined })]),
      want: "skip",
    },
    {
      name: "lowercase s: values.status-uppercase's",
      given: polled([verified("success")], inquiryAnswer("s", "SUCCESS")),
      want: "skip",
    },
  ])("$name → $want", ({ given, want }) => expect(verdictOf(inquirySuccess, given)).toBe(want));

  test("a fail says how many inquiries were made", () => {
    const [finding] = findingsOf(
      inquirySuccess,
      polled([verified("success")], inquiryAnswer("U", "PAYMENT_IN_PROCESS"), inquiryAnswer("U", "PAYMENT_IN_PROCESS")),
    );
    expect(finding?.received).toBe("paymentResult U PAYMENT_IN_PROCESS after 2 inquiries");
  });
});

describe("inquiry.failure", () => {
  const failed = (answer: unknown, extra: Partial<VerificationRecord> = {}) =>
    trace("verification-failed", [order(), inquiry(answer)], { verifications: [verified("fail", extra)] });
  test.each([
    { name: "F with the reason", given: failed(inquiryAnswer("F", "USER_PAYMENT_VERIFICATION_FAILED")), want: "pass" },
    { name: "stuck in process", given: failed(inquiryAnswer("U", "PAYMENT_IN_PROCESS")), want: "fail" },
    { name: "generic F", given: failed(inquiryAnswer("F", "PROCESS_FAIL")), want: "fail" },
    { name: "S after a failed verification", given: failed(inquiryAnswer("S", "SUCCESS")), want: "fail" },
    {
      name: "driver error",
      given: failed(inquiryAnswer("U", "PAYMENT_IN_PROCESS"), { error: "no form on the page" }),
      want: "skip",
    },
  ])("$name → $want", ({ given, want }) => expect(verdictOf(inquiryFailure, given)).toBe(want));
});

describe("inquiry.matches-order", () => {
  const matched = (...answers: unknown[]) => trace("happy-path", [order(), ...answers.map((a) => inquiry(a))]);
  test.each([
    {
      name: "same paymentId, amount, customer",
      given: matched(inquiryAnswer("U", "PAYMENT_IN_PROCESS"), inquiryAnswer("S", "SUCCESS")),
      want: "pass",
    },
    {
      name: "amount as a JSON number is values.all-strings's",
      given: matched(inquiryAnswer("S", "SUCCESS", { paymentAmount: { currency: "HKD", value: 1000 } })),
      want: "pass",
    },
    {
      name: "in-process answer without amounts",
      given: matched({ ...result("S", "SUCCESS"), paymentResult: result("U", "PAYMENT_IN_PROCESS").result }),
      want: "pass",
    },
    {
      name: "amount one unit higher",
      given: matched(inquiryAnswer("S", "SUCCESS", { paymentAmount: { currency: "HKD", value: "1001" } })),
      want: "fail",
    },
    { name: "another paymentId", given: matched(inquiryAnswer("S", "SUCCESS", { paymentId: "999" })), want: "fail" },
    { name: "another customer", given: matched(inquiryAnswer("S", "SUCCESS", { customerId: "42" })), want: "fail" },
    {
      name: "final answer without paymentId",
      given: matched(inquiryAnswer("S", "SUCCESS", { paymentId: undefined })),
      want: "fail",
    },
    { name: "nothing found", given: matched(notFound), want: "skip" },
    {
      name: "payToAmount as sent",
      given: matched(inquiryAnswer("S", "SUCCESS", { payToAmount: { currency: "KRW", value: "13000" } })),
      want: "pass",
    },
    {
      name: "the two amounts swapped",
      given: matched(
        inquiryAnswer("S", "SUCCESS", {
          paymentAmount: { currency: "KRW", value: "13000" },
          payToAmount: { currency: "HKD", value: "1000" },
        }),
      ),
      want: "fail",
    },
    {
      name: "payToAmount reported as the paymentAmount",
      given: matched(inquiryAnswer("S", "SUCCESS", { payToAmount: { currency: "HKD", value: "1000" } })),
      want: "fail",
    },
    {
      name: "an over-long paymentId from pay is schema.pay-response's, not compared",
      given: trace("happy-path", [
        order({ ...pending(), paymentId: "1".repeat(65) }),
        inquiry(inquiryAnswer("S", "SUCCESS")),
      ]),
      want: "pass",
    },
  ])("$name → $want", ({ given, want }) => expect(verdictOf(inquiryMatchesOrder, given)).toBe(want));

  test("a swap is named as such", () => {
    const [finding] = findingsOf(
      inquiryMatchesOrder,
      matched(inquiryAnswer("S", "SUCCESS", { payToAmount: { currency: "HKD", value: "1000" } })),
    );
    expect(finding?.received).toBe(
      "payToAmount 1000 HKD (order: 13000 KRW; that is the order's paymentAmount: the amounts are swapped)",
    );
  });

  test("the fail points at the differing field", () => {
    const [finding] = findingsOf(
      inquiryMatchesOrder,
      matched(inquiryAnswer("S", "SUCCESS", { paymentAmount: { currency: "HKD", value: "1001" } })),
    );
    expect(finding).toMatchObject({
      received: "paymentAmount 1001 HKD (order: 1000 HKD)",
      evidence: [{ path: "$.paymentAmount" }, { step: "order" }],
    });
  });
});

describe("inquiry.closed-after-expiry", () => {
  const expired = (answer: unknown, orderAnswer: unknown = pending()) =>
    trace("expiry", [
      order(orderAnswer, { paymentExpiryTime: "2023-09-18T09:47:51+08:00" }),
      inquiry(inquiryAnswer("U", "PAYMENT_IN_PROCESS")),
      inquiry(answer),
    ]);
  test.each([
    { name: "F ORDER_IS_CLOSED", given: expired(inquiryAnswer("F", "ORDER_IS_CLOSED")), want: "pass" },
    { name: "still in process", given: expired(inquiryAnswer("U", "PAYMENT_IN_PROCESS")), want: "fail" },
    { name: "closed with a generic code", given: expired(inquiryAnswer("F", "PROCESS_FAIL")), want: "fail" },
    {
      name: "order refused: nothing to expire",
      given: expired(inquiryAnswer("U", "PAYMENT_IN_PROCESS"), result("F", "RISK_REJECT")),
      want: "skip",
    },
    {
      name: "undeclared feature",
      given: { ...expired(inquiryAnswer("U", "PAYMENT_IN_PROCESS")), features: [] },
      want: "skip",
    },
  ])("$name → $want", ({ given, want }) => expect(verdictOf(inquiryClosedAfterExpiry, given)).toBe(want));

  test("polling that ended before the expiry proves nothing", () => {
    const future = new Date(Date.now() + 60_000).toISOString();
    const last = { ...inquiry(inquiryAnswer("U", "PAYMENT_IN_PROCESS")), startedAt: Date.now() };
    expect(
      verdictOf(inquiryClosedAfterExpiry, trace("expiry", [order(pending(), { paymentExpiryTime: future }), last])),
    ).toBe("skip");
  });

  test("a still-open order says how long after the expiry it was last asked about", () => {
    const expiredAt = Date.now() - 30_000;
    const last = { ...inquiry(inquiryAnswer("U", "PAYMENT_IN_PROCESS")), startedAt: expiredAt + 12_500 };
    const given = trace("expiry", [order(pending(), { paymentExpiryTime: new Date(expiredAt).toISOString() }), last]);
    expect(findingsOf(inquiryClosedAfterExpiry, given)[0]?.received).toBe(
      "paymentResult U PAYMENT_IN_PROCESS 12.5 s after paymentExpiryTime (by the kit's clock)",
    );
  });
});

describe("inquiry.open-until-expiry", () => {
  const T = Date.parse("2026-12-02T08:00:00Z");
  const expiring = (answer: unknown, answeredAt = T + 100, expiry = "2026-12-02T08:00:02Z") =>
    trace("expiry", [
      { ...call("order", "pay", orderRequest("x1", { paymentExpiryTime: expiry }), pending()), startedAt: T },
      {
        ...call("inquiry-before-expiry", "inquiryPayment", inquiryRequest("x1"), answer),
        startedAt: answeredAt - 5,
        durationMs: 5,
      },
    ]);
  test.each([
    { name: "still in process", given: expiring(inquiryAnswer("U", "PAYMENT_IN_PROCESS")), want: "pass" },
    {
      name: "closed at once (fault expiry-closes-early)",
      given: expiring(inquiryAnswer("F", "ORDER_IS_CLOSED")),
      want: "fail",
    },
    {
      name: "answered just before the expiry: too close to tell",
      given: expiring(inquiryAnswer("F", "ORDER_IS_CLOSED"), T + 1_950),
      want: "skip",
    },
    { name: "the inquiry did not find the order: no evidence either way", given: expiring(notFound), want: "skip" },
    {
      name: "feature not declared",
      given: { ...expiring(inquiryAnswer("F", "ORDER_IS_CLOSED")), features: [] },
      want: "skip",
    },
  ])("$name → $want", ({ given, want }) => expect(verdictOf(inquiryOpenUntilExpiry, given)).toBe(want));
});
