import type { Exchange, Trace } from "../../core/trace";
import { clean, seed } from "../testing/samples";
import { call, callback, trace } from "../testing/traceBuilder";
import { findingsOf, verdictOf } from "../testing/verdictOf";
import { allStrings } from "./allStrings";
import { codeAgreesWithStatus } from "./codeAgreesWithStatus";
import { noEmptyStrings } from "./noEmptyStrings";
import { resultEnvelope } from "./resultEnvelope";
import { statusUppercase } from "./statusUppercase";

const order = (response: unknown, options = {}) => call("order", "pay", clean.orderRequest(), response, options);
const evaluation = (response: unknown) =>
  call("evaluation", "pay", { ...clean.orderRequest(), paymentRequestId: "9" }, response);
const noAnswer = (x: Exchange): Exchange => {
  const { response: _dropped, ...rest } = x;
  return { ...rest, error: { kind: "timeout", message: "no answer in 8000 ms" } };
};
const htmlAnswer = (x: Exchange, status: number): Exchange => ({
  ...x,
  response: { status, headers: { "content-type": "text/html" }, body: "<h1>Too large</h1>" },
});
const happy = (...exchanges: Exchange[]): Trace => trace("happy-path", exchanges);

describe("values.result-envelope", () => {
  test.each([
    { name: "clean order answer", given: happy(order(clean.orderResponse)), want: "pass" },
    { name: "the seed's phase-1 answer (resultInfo)", given: happy(evaluation(seed.evaluationResponse)), want: "fail" },
    {
      name: "result beside a legacy resultInfo",
      given: happy(order({ ...clean.orderResponse, resultInfo: { resultMsg: "ok" } })),
      want: "fail",
    },
    { name: "no result at all", given: happy(order({ paymentId: "1" })), want: "fail" },
    { name: "a transport failure is not judged", given: happy(noAnswer(order(clean.orderResponse))), want: "skip" },
    {
      name: "a 413 without JSON to the oversized step is input.*'s",
      given: trace("invalid-input", [htmlAnswer(call("oversized", "pay", {}, {}), 413)]),
      want: "skip",
    },
  ])("$name → $want", ({ given, want }) => expect(verdictOf(resultEnvelope, given)).toBe(want));

  test("a fail points at resultInfo and says what to send instead", () => {
    const [finding] = findingsOf(resultEnvelope, happy(evaluation(seed.evaluationResponse)));
    expect(finding).toMatchObject({
      verdict: "fail",
      evidence: [{ step: "evaluation", path: "$.resultInfo", side: "response" }],
    });
    expect(finding?.hint).toContain("`result`");
  });
});

describe("values.status-uppercase", () => {
  test.each([
    { name: "clean order answer", given: happy(order(clean.orderResponse)), want: "pass" },
    { name: 'the seed\'s phase-2 answer ("u")', given: happy(order(seed.orderResponse)), want: "fail" },
    {
      name: "a word in resultStatus",
      given: happy(order({ ...clean.orderResponse, result: { resultCode: "SUCCESS", resultStatus: "success" } })),
      want: "fail",
    },
    {
      name: "lowercase paymentResult in an inquiry",
      given: happy(
        call("inquiry", "inquiryPayment", clean.inquiryRequest, clean.inquiryResponse(clean.ok("SUCCESS", "s"))),
      ),
      want: "fail",
    },
    {
      name: "lowercase status in a notifyPayment",
      given: happy(callback("notifyPayment", clean.notify(clean.ok("SUCCESS", "s")))),
      want: "fail",
    },
    { name: "nothing with a status", given: happy(noAnswer(order(clean.orderResponse))), want: "skip" },
  ])("$name → $want", ({ given, want }) => expect(verdictOf(statusUppercase, given)).toBe(want));

  test('the hint for the seed\'s "u" names the slip', () => {
    const [finding] = findingsOf(statusUppercase, happy(order(seed.orderResponse)));
    expect(finding).toMatchObject({ received: '"u"', evidence: [{ path: "$.result.resultStatus" }] });
    expect(finding?.hint).toMatch(/exactly "S", "F" or "U".*send "U".*seed.*"u"/);
  });
});

describe("values.code-agrees-with-status", () => {
  test.each([
    { name: "U PAYMENT_IN_PROCESS", given: happy(order(clean.orderResponse)), want: "pass" },
    {
      name: "S with PAYMENT_IN_PROCESS (fault code-status-mismatch)",
      given: happy(evaluation({ result: clean.ok("PAYMENT_IN_PROCESS", "S") })),
      want: "fail",
    },
    { name: "F SUCCESS", given: happy(order({ result: clean.ok("SUCCESS", "F") })), want: "fail" },
    {
      name: "notify S ORDER_IS_CLOSED",
      given: happy(callback("notifyPayment", clean.notify(clean.ok("ORDER_IS_CLOSED", "S")))),
      want: "fail",
    },
    {
      name: "inquiry paymentResult F USER_PAYMENT_VERIFICATION_FAILED",
      given: happy(
        call(
          "inquiry",
          "inquiryPayment",
          clean.inquiryRequest,
          clean.inquiryResponse(clean.ok("USER_PAYMENT_VERIFICATION_FAILED", "F")),
        ),
      ),
      want: "pass",
    },
    {
      name: "a code the table does not know is not judged",
      given: happy(order({ result: clean.ok("MY_OWN_CODE", "S") })),
      want: "pass",
    },
    { name: "lowercase status is status-uppercase's", given: happy(order(seed.orderResponse)), want: "skip" },
  ])("$name → $want", ({ given, want }) => expect(verdictOf(codeAgreesWithStatus, given)).toBe(want));
});

describe("values.all-strings", () => {
  test.each([
    {
      name: "clean answers and callbacks",
      given: happy(order(clean.orderResponse), callback("notifyPayment", clean.notify())),
      want: "pass",
    },
    {
      name: "null for an optional field",
      given: happy(order({ ...clean.orderResponse, paymentTime: null })),
      want: "pass",
    },
    {
      name: "an amount value as a number (fault numbers-not-strings)",
      given: happy(order({ ...clean.orderResponse, paymentAmount: { currency: "IDR", value: 5000 } })),
      want: "fail",
    },
    {
      name: "a boolean in a notifyPayment",
      given: happy(callback("notifyPayment", { ...clean.notify(), isFinal: true })),
      want: "fail",
    },
    {
      name: "a number inside an array",
      given: happy(order({ ...clean.orderResponse, extras: [{ n: 1 }] })),
      want: "fail",
    },
    { name: "an empty object has no value to judge", given: happy(order({})), want: "skip" },
  ])("$name → $want", ({ given, want }) => expect(verdictOf(allStrings, given)).toBe(want));

  test("the fail names the field and its string form", () => {
    const [finding] = findingsOf(
      allStrings,
      happy(order({ ...clean.orderResponse, paymentAmount: { currency: "IDR", value: 5000 } })),
    );
    expect(finding).toMatchObject({
      expected: 'a JSON string, e.g. "5000"',
      evidence: [{ path: "$.paymentAmount.value" }],
    });
  });
});

describe("values.no-empty-strings", () => {
  test.each([
    { name: "clean answer", given: happy(order(clean.orderResponse)), want: "pass" },
    {
      name: 'paymentId "" (fault empty-strings)',
      given: happy(order({ ...clean.orderResponse, paymentId: "" })),
      want: "fail",
    },
    {
      name: '"" in a callback',
      given: happy(callback("authNotify", { ...clean.authNotify(), userLoginId: "" })),
      want: "fail",
    },
    { name: "no JSON to judge", given: happy(noAnswer(order(clean.orderResponse))), want: "skip" },
    { name: "an empty object has no value to judge", given: happy(order({})), want: "skip" },
  ])("$name → $want", ({ given, want }) => expect(verdictOf(noEmptyStrings, given)).toBe(want));
});
