import { describeReading, readResult } from "../common/answers";
import { defineCheck, fail, pass, skip } from "../defineCheck";
import { evidenceOf, firstAt } from "../traceQueries";

const title = "inquiryPayment for an unknown paymentRequestId answers F ORDER_NOT_EXIST";

/** inquiry.unknown-order (docs/alipayplus/inquiry-payment.md#inquiry-payment). */
export const inquiryUnknownOrder = defineCheck({
  rule: "inquiry.unknown-order",
  title,
  scenarios: ["inquiry-scoping"],
  run(trace) {
    const x = firstAt(trace, "unknown-order", "inquiryPayment");
    if (!x) return skip(title, "no inquiry for an unknown order was recorded");
    const reading = readResult(x);
    if (reading.kind === "unjudged") return skip(title, reading.reason);
    if (reading.kind === "read" && reading.status === "F" && reading.code === "ORDER_NOT_EXIST")
      return pass(title, evidenceOf(x, "$.result"));
    const received = reading.kind === "read" ? describeReading(reading) : reading.received;
    return fail({
      title: `an unknown paymentRequestId was answered ${received}`,
      expected: "result F ORDER_NOT_EXIST",
      received,
      hint: "Answer inquiryPayment for a paymentRequestId you have no payment for with result {resultStatus: F, resultCode: ORDER_NOT_EXIST}: Alipay+ stops polling on it, while other codes leave the payment's fate unknown.",
      evidence: [evidenceOf(x, "$.result")],
    });
  },
});
