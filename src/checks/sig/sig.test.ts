import { afterStep, type StepLabel } from "../../core/scenarioNames";
import type { Exchange } from "../../core/trace";
import { businessErrors200 } from "../http/businessErrors200";
import { clean } from "../testing/samples";
import { call, callback, trace } from "../testing/traceBuilder";
import { findingsOf, verdictOf } from "../testing/verdictOf";
import { callbackSigned } from "./callbackSigned";
import { rejectsBadSignature } from "./rejectsBadSignature";
import { rejectsUnknownClient } from "./rejectsUnknownClient";
import { responseSigned } from "./responseSigned";

const unsigned = { present: false, valid: false };
const forged = { present: true, valid: false, problem: "signature does not verify over the response" };
const refused = (code: string) => ({ result: { resultCode: code, resultStatus: "F", resultMessage: "refused" } });
const order = (step: StepLabel, response: unknown, options: Parameters<typeof call>[4] = {}) =>
  call(step, "pay", { ...clean.orderRequest(), paymentRequestId: `id-${step}` }, response, options);
const inquiryOf = (step: StepLabel, response: unknown) =>
  call(afterStep(step), "inquiryPayment", { ...clean.inquiryRequest, paymentRequestId: `id-${step}` }, response);
const bare = (x: Exchange, status: number, body = "Payload Too Large"): Exchange => ({
  ...x,
  response: { status, headers: {}, body },
});

describe("sig.response-signed", () => {
  test.each([
    { name: "signed answers", given: trace("happy-path", [order("order", clean.orderResponse)]), want: "pass" },
    {
      name: "an unsigned order answer (fault response-unsigned)",
      given: trace("happy-path", [order("order", clean.orderResponse, { signature: unsigned })]),
      want: "fail",
    },
    {
      name: "a signature that does not verify",
      given: trace("happy-path", [order("order", clean.orderResponse, { signature: forged })]),
      want: "fail",
    },
    {
      name: "an unsigned F INVALID_SIGNATURE to a badly signed request (accepted, docs/alipayplus/messages-and-signatures.md#invalid-signature)",
      given: trace("signatures", [
        order("bad-signature", refused("INVALID_SIGNATURE"), { signature: unsigned }),
        order("unknown-client", refused("INVALID_CLIENT"), { signature: unsigned }),
      ]),
      want: "pass",
    },
    {
      name: "an unsigned S to a badly signed request",
      given: trace("signatures", [order("bad-signature", { result: clean.ok() }, { signature: unsigned })]),
      want: "fail",
    },
    {
      name: "a forged signature even on a refusal",
      given: trace("signatures", [order("missing-signature", refused("INVALID_SIGNATURE"), { signature: forged })]),
      want: "fail",
    },
    {
      name: "an unsigned inquiry answer after a refusal",
      given: trace("signatures", [
        call("after-bad-signature", "inquiryPayment", clean.inquiryRequest, clean.notFound, { signature: unsigned }),
      ]),
      want: "fail",
    },
    {
      name: "an unsigned F PARAM_ILLEGAL to malformed JSON (a gateway's refusal, docs/alipayplus/messages-and-signatures.md#invalid-signature)",
      given: trace("invalid-input", [order("malformed-json:pay", refused("PARAM_ILLEGAL"), { signature: unsigned })]),
      want: "pass",
    },
    {
      name: "an unsigned S to malformed JSON",
      given: trace("invalid-input", [order("malformed-json:pay", { result: clean.ok() }, { signature: unsigned })]),
      want: "fail",
    },
    {
      name: "an unsigned 413 to the oversized step is input.*'s",
      given: trace("invalid-input", [bare(order("oversized", {}, { signature: unsigned }), 413)]),
      want: "skip",
    },
  ])("$name → $want", ({ given, want }) => expect(verdictOf(responseSigned, given)).toBe(want));
});

describe("sig.callback-signed", () => {
  test.each([
    {
      name: "signed callbacks",
      given: trace("one-click", [
        callback("notifyPayment", clean.notify()),
        callback("authNotify", clean.authNotify()),
      ]),
      want: "pass",
    },
    {
      name: "a callback whose signature does not verify (fault callback-wrongly-signed)",
      given: trace("one-click", [callback("notifyPayment", clean.notify(), "S", { signature: forged })]),
      want: "fail",
    },
    {
      name: "an unsigned authNotify",
      given: trace("one-click", [callback("authNotify", clean.authNotify(), "S", { signature: unsigned })]),
      want: "fail",
    },
    { name: "no callbacks", given: trace("signatures", [order("order", clean.orderResponse)]), want: "skip" },
  ])("$name → $want", ({ given, want }) => expect(verdictOf(callbackSigned, given)).toBe(want));
});

describe("sig.rejects-bad-signature", () => {
  const refusedBoth = [
    order("bad-signature", refused("INVALID_SIGNATURE")),
    order("missing-signature", refused("INVALID_SIGNATURE")),
    inquiryOf("bad-signature", clean.notFound),
    inquiryOf("missing-signature", clean.notFound),
  ];
  test.each([
    { name: "both refused, nothing created", given: trace("signatures", refusedBoth), want: "pass" },
    {
      name: "a bad signature processed (fault bad-signature-accepted)",
      given: trace("signatures", [
        order("bad-signature", clean.orderResponse),
        order("missing-signature", clean.orderResponse),
        inquiryOf("bad-signature", clean.inquiryResponse(clean.ok("PAYMENT_IN_PROCESS", "U"))),
      ]),
      want: "fail",
    },
    {
      name: "refused with another code",
      given: trace("signatures", [
        order("bad-signature", refused("PARAM_ILLEGAL")),
        order("missing-signature", refused("INVALID_SIGNATURE")),
      ]),
      want: "fail",
    },
    {
      name: "refused, yet the order exists afterwards",
      given: trace("signatures", [
        ...refusedBoth.slice(0, 3),
        inquiryOf("missing-signature", clean.inquiryResponse(clean.ok("PAYMENT_IN_PROCESS", "U"))),
      ]),
      want: "fail",
    },
    {
      name: "the connection dropped instead of an answer",
      given: trace("signatures", [
        { ...order("bad-signature", {}), response: undefined, error: { kind: "reset", message: "socket hang up" } },
      ]),
      want: "fail",
    },
    {
      name: "not this scenario's steps",
      given: trace("signatures", [order("order", clean.orderResponse)]),
      want: "skip",
    },
  ])("$name → $want", ({ given, want }) => expect(verdictOf(rejectsBadSignature, given)).toBe(want));

  test("a processed bad signature says what to answer", () => {
    const [finding] = findingsOf(
      rejectsBadSignature,
      trace("signatures", [order("bad-signature", clean.orderResponse)]),
    );
    expect(finding).toMatchObject({
      verdict: "fail",
      expected: expect.stringContaining("INVALID_SIGNATURE"),
      received: expect.stringContaining("PAYMENT_IN_PROCESS"),
    });
  });
});

describe("sig.rejects-unknown-client", () => {
  test.each([
    {
      name: "refused F INVALID_CLIENT, nothing created",
      given: trace("signatures", [
        order("unknown-client", refused("INVALID_CLIENT")),
        inquiryOf("unknown-client", clean.notFound),
      ]),
      want: "pass",
    },
    {
      name: "processed (fault unknown-client-accepted)",
      given: trace("signatures", [
        order("unknown-client", clean.orderResponse),
        inquiryOf("unknown-client", clean.inquiryResponse(clean.ok("PAYMENT_IN_PROCESS", "U"))),
      ]),
      want: "fail",
    },
    {
      name: "refused as INVALID_SIGNATURE",
      given: trace("signatures", [order("unknown-client", refused("INVALID_SIGNATURE"))]),
      want: "fail",
    },
  ])("$name → $want", ({ given, want }) => expect(verdictOf(rejectsUnknownClient, given)).toBe(want));
});

describe("http.business-errors-200", () => {
  test.each([
    {
      name: "F answered with 200",
      given: trace("signatures", [order("bad-signature", refused("INVALID_SIGNATURE"))]),
      want: "pass",
    },
    {
      name: "F answered with 400 (fault errors-as-http-400)",
      given: trace("signatures", [order("bad-signature", refused("INVALID_SIGNATURE"), { status: 400 })]),
      want: "fail",
    },
    {
      name: "a 500 to malformed JSON",
      given: trace("invalid-input", [bare(order("malformed-json:pay", {}), 500, "Internal Server Error")]),
      want: "fail",
    },
    {
      name: "a 413 to the oversized step (allowed by input.oversized-body)",
      given: trace("invalid-input", [bare(order("oversized", {}), 413)]),
      want: "skip",
    },
    {
      name: "a 500 to the oversized step",
      given: trace("invalid-input", [bare(order("oversized", {}), 500)]),
      want: "fail",
    },
    {
      name: "an HTML page with 200 shows no result: no evidence",
      given: trace("signatures", [bare(order("bad-signature", {}), 200, "<h1>hi</h1>")]),
      want: "skip",
    },
  ])("$name → $want", ({ given, want }) => expect(verdictOf(businessErrors200, given)).toBe(want));
});
