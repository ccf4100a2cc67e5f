import { afterStep } from "../../core/scenarioNames";
import type { Exchange, Trace } from "../../core/trace";
import { describeReading, readPaymentResult, readResult } from "../common/answers";
import { type Judgement, judgeEach, where } from "../common/judgeEach";
import { defineCheck } from "../defineCheck";
import { describeAnswer, exchangesAt, firstAt } from "../traceQueries";

const title =
  "A schema-invalid request gets a sane answer: no 5xx, the result envelope, and nothing created when refused";

/** "missing:paymentAmount.value" from the step "schema-invalid:pay:missing:paymentAmount.value". */
export const violationOf = (x: Exchange) => x.step.split(":").slice(2).join(":");

const hint = (x: Exchange) =>
  `Validate every request against the spec before using it (e.g. with the kit's generated validators) and answer a violation — here ${violationOf(x)} — ` +
  "with HTTP 200 and a signed result (F PARAM_ILLEGAL); never a 5xx or a dropped connection, and never store anything for a request you refused.";

/** Whether the inquiry after a refused order shows no payment (positive), a payment (flaw) or nothing readable. */
function createdAfterRefusal(trace: Trace, x: Exchange): Judgement {
  const after = firstAt(trace, afterStep(x.step), "inquiryPayment");
  // The request lost its paymentRequestId (missing, wrong type, too long): nothing to ask about.
  if (!after) return "holds";
  const reading = readResult(after);
  if (reading.kind === "read" && reading.status === "F" && reading.code === "ORDER_NOT_EXIST") return "holds";
  const payment = readPaymentResult(after);
  if (reading.kind === "read" && reading.status === "S" && payment.kind === "read") {
    return {
      title: `${where(x)}: a request refused for ${violationOf(x)} still created a payment`,
      expected: "inquiryPayment of its paymentRequestId answers F ORDER_NOT_EXIST: a refused request changes nothing",
      received: `the inquiry found the payment: paymentResult ${describeReading(payment)}`,
      hint: "Validate the request before creating anything; a request you answer F must leave no payment behind — Alipay+ takes F as final and never follows up on it.",
      path: "$.result",
      also: [{ exchangeId: after.id, side: "response", api: after.api, step: after.step, path: "$.paymentResult" }],
    };
  }
  return {
    skip: `${after.step}: ${describeReading(reading)}: whether the refused request created a payment is not shown`,
  };
}

/**
 * input.schema-invalid (docs/alipayplus/messages-and-signatures.md#invalid-signature, §12.1): the "schema-invalid:<api>:<what>" steps, derived from
 * the spec. The MUST is a sane answer; answering F PARAM_ILLEGAL naming the field is
 * input.schema-invalid-param-illegal's (SHOULD): an MPP that accepts a request missing a field
 * Alipay+ always sends breaks nothing the seed or Alipay+ says.
 */
export const inputSchemaInvalid = defineCheck({
  rule: "input.schema-invalid",
  title,
  scenarios: ["invalid-input"],
  run: (trace) =>
    judgeEach(
      title,
      exchangesAt(trace, "schema-invalid:"),
      (x) => {
        const flaw = (
          received: string,
          expected = "HTTP 200 with a result {resultStatus, resultCode, resultMessage}, e.g. F PARAM_ILLEGAL",
        ) => ({
          title: `${where(x)}: a request with ${violationOf(x).replace(":", " ")} was answered ${x.error || !x.response ? "with no answer" : `HTTP ${x.response.status}`} without a result`,
          expected,
          received,
          hint: hint(x),
          path: "$.result",
        });
        if (x.error || !x.response) return flaw(describeAnswer(x));
        if (x.response.status >= 500) return flaw(describeAnswer(x));
        const reading = readResult(x);
        if (reading.kind === "unjudged") return { skip: reading.reason };
        if (reading.kind === "unreadable") return flaw(reading.received);
        return reading.status === "F" ? createdAfterRefusal(trace, x) : "holds";
      },
      "no schema-invalid request was recorded",
    ),
});
