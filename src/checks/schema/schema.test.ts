import type { Exchange, Trace } from "../../core/trace";
import { clean, seed } from "../testing/samples";
import { call, callback, trace } from "../testing/traceBuilder";
import { findingsOf, verdictOf } from "../testing/verdictOf";
import { authNotifyRequestSchema } from "./authnotifyRequest";
import { inquiryResponseSchema } from "./inquiryResponse";
import { notifyRequestSchema } from "./notifyRequest";
import { payResponseSchema } from "./payResponse";

const order = (response: unknown) => call("order", "pay", clean.orderRequest(), response);
const evaluation = (response: unknown) =>
  call("evaluation", "pay", { ...clean.orderRequest(), paymentRequestId: "9" }, response);
const inquiry = (response: unknown) => call("inquiry", "inquiryPayment", clean.inquiryRequest, response);
const notJson = (x: Exchange, status = 200): Exchange => ({
  ...x,
  response: { status, headers: { "content-type": "text/plain" }, body: "OK" },
});
const oneClick = (...exchanges: Exchange[]): Trace => trace("one-click", exchanges);
const { paymentUrl: _url, ...withoutPaymentUrl } = clean.orderResponse;

describe("schema.pay-response", () => {
  test.each([
    { name: "clean order answer", given: oneClick(order(clean.orderResponse)), want: "pass" },
    {
      name: "the seed's phase-1 answer (resultInfo, no result)",
      given: oneClick(evaluation(seed.evaluationResponse)),
      want: "fail",
    },
    { name: "PAYMENT_IN_PROCESS without paymentUrl", given: oneClick(order(withoutPaymentUrl)), want: "fail" },
    {
      name: "paymentId over 64 characters (fault pay-response-invalid)",
      given: oneClick(order({ ...clean.orderResponse, paymentId: "1".repeat(65) })),
      want: "fail",
    },
    { name: "a 200 answer that is not JSON", given: oneClick(notJson(order(clean.orderResponse))), want: "fail" },
    {
      name: "a 413 to the oversized step is input.*'s",
      given: trace("invalid-input", [notJson(call("oversized", "pay", {}, {}), 413)]),
      want: "skip",
    },
  ])("$name → $want", ({ given, want }) => expect(verdictOf(payResponseSchema, given)).toBe(want));

  test("a fail lists the violations and points at the first", () => {
    const [finding] = findingsOf(payResponseSchema, oneClick(evaluation(seed.evaluationResponse)));
    expect(finding?.received).toContain("result");
    expect(finding?.evidence[0]).toMatchObject({ step: "evaluation", side: "response" });
    expect(finding?.evidence[0]?.path).toMatch(/^\$/);
  });
});

describe("schema.inquiry-response", () => {
  test.each([
    { name: "final inquiry", given: oneClick(inquiry(clean.inquiryResponse())), want: "pass" },
    { name: "ORDER_NOT_EXIST without paymentResult", given: oneClick(inquiry(clean.notFound)), want: "pass" },
    {
      name: "result S without paymentResult (fault inquiry-response-invalid)",
      given: oneClick(inquiry({ result: clean.ok() })),
      want: "fail",
    },
    { name: "no inquiry answered", given: oneClick(order(clean.orderResponse)), want: "skip" },
  ])("$name → $want", ({ given, want }) => expect(verdictOf(inquiryResponseSchema, given)).toBe(want));
});

describe("schema.notify-request", () => {
  const { resultCode: _code, ...withoutCode } = clean.ok();
  test.each([
    { name: "clean notifyPayment", given: oneClick(callback("notifyPayment", clean.notify())), want: "pass" },
    {
      name: "paymentResult without resultCode (fault notify-request-invalid)",
      given: oneClick(callback("notifyPayment", clean.notify(withoutCode))),
      want: "fail",
    },
    {
      name: "paymentResult U",
      given: oneClick(callback("notifyPayment", clean.notify(clean.ok("PAYMENT_IN_PROCESS", "U")))),
      want: "fail",
    },
    { name: "no notifyPayment", given: oneClick(order(clean.orderResponse)), want: "skip" },
  ])("$name → $want", ({ given, want }) => expect(verdictOf(notifyRequestSchema, given)).toBe(want));
});

describe("schema.authnotify-request", () => {
  test.each([
    { name: "clean TOKEN_CREATED", given: oneClick(callback("authNotify", clean.authNotify())), want: "pass" },
    {
      name: "the seed's authNotify sample (no type, no agreement)",
      given: oneClick(callback("authNotify", seed.authNotifyRequest)),
      want: "fail",
    },
    {
      name: "accessToken over 128 characters (fault authnotify-request-invalid)",
      given: oneClick(callback("authNotify", { ...clean.authNotify(), accessToken: "t".repeat(129) })),
      want: "fail",
    },
    {
      name: "feature not declared",
      given: trace("one-click", [callback("authNotify", seed.authNotifyRequest)], { features: [] }),
      want: "skip",
    },
  ])("$name → $want", ({ given, want }) => expect(verdictOf(authNotifyRequestSchema, given)).toBe(want));

  test("a fail never shows an access token in clear", () => {
    const token = "t".repeat(129);
    const findings = findingsOf(
      authNotifyRequestSchema,
      oneClick(callback("authNotify", { ...clean.authNotify(), accessToken: token })),
    );
    expect(JSON.stringify(findings)).not.toContain(token.slice(0, 20));
  });
});
