import type { StepLabel } from "../../core/scenarioNames";
import { call, evaluationRequest, inquiryRequest, notFound, rawAnswer, result, unanswered } from "../testing/bodies";
import { trace } from "../testing/traceBuilder";
import { findingsOf, verdictOf } from "../testing/verdictOf";
import { timingInquiryWithin5s } from "./inquiryWithin5s";
import { timingPayWithin8s } from "./payWithin8s";

const pay = (durationMs: number, step: StepLabel = "evaluation") =>
  call(step, "pay", evaluationRequest("e1"), result("S", "SUCCESS"), { durationMs });
const inquiry = (durationMs: number) =>
  call("inquiry", "inquiryPayment", inquiryRequest("o1"), notFound, { durationMs });

describe("timing.pay-within-8s", () => {
  test.each([
    { name: "fast answers", given: trace("happy-path", [pay(40), pay(7_999)]), want: "pass" },
    { name: "8.5 s", given: trace("happy-path", [pay(40), pay(8_500)]), want: "fail" },
    { name: "timed out", given: trace("idempotency", [unanswered(pay(8_000))]), want: "fail" },
    { name: "nothing listening", given: trace("signatures", [unanswered(pay(1), "refused")]), want: "fail" },
    {
      name: "the oversized upload is input.*'s",
      given: trace("invalid-input", [rawAnswer(pay(9_000, "oversized"), 413)]),
      want: "skip",
    },
    { name: "no pay in the scenario", given: trace("inquiry-scoping", [inquiry(3)]), want: "skip" },
  ])("$name → $want", ({ given, want }) => expect(verdictOf(timingPayWithin8s, given)).toBe(want));

  test("a refused connection points at the config", () => {
    const [finding] = findingsOf(timingPayWithin8s, trace("happy-path", [unanswered(pay(1), "refused")]));
    expect(finding?.hint).toMatch(/target.baseUrl/);
  });
});

describe("timing.inquiry-within-5s", () => {
  test.each([
    { name: "fast answers", given: trace("happy-path", [inquiry(30), inquiry(4_900)]), want: "pass" },
    { name: "5.5 s", given: trace("expiry", [inquiry(5_500)]), want: "fail" },
    { name: "timed out", given: trace("expiry", [unanswered(inquiry(5_000))]), want: "fail" },
  ])("$name → $want", ({ given, want }) => expect(verdictOf(timingInquiryWithin5s, given)).toBe(want));
});
