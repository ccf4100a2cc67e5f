import { describeReading, readPaymentResult, readResult } from "../common/answers";
import { notPending, orderAt } from "../common/order";
import { defineCheck, fail, pass, skip } from "../defineCheck";
import { evidenceOf, firstAt } from "../traceQueries";

const title = "Before the user verifies, inquiryPayment answers result S and paymentResult U PAYMENT_IN_PROCESS";

/** inquiry.in-process (docs/alipayplus/inquiry-payment.md#inquiry-payment, still processing): the inquiry between order and verification. */
export const inquiryInProcess = defineCheck({
  rule: "inquiry.in-process",
  title,
  scenarios: ["happy-path", "one-click"],
  run(trace) {
    const why = notPending(orderAt(trace));
    if (why) return skip(title, why);
    const x = firstAt(trace, "inquiry-before-verification", "inquiryPayment");
    if (!x) return skip(title, "no inquiry was made before the verification");
    const outer = readResult(x);
    if (outer.kind === "unjudged") return skip(title, outer.reason);
    const inner = readPaymentResult(x);
    if (inner.kind === "unjudged") return skip(title, inner.reason);
    if (inner.kind === "read" && inner.status === "U" && inner.code === "PAYMENT_IN_PROCESS")
      return pass(title, evidenceOf(x, "$.paymentResult"));
    const received = `result ${describeReading(outer)}, paymentResult ${inner.kind === "read" ? describeReading(inner) : "absent or unreadable"}`;
    return fail({
      title: `the pending order was reported as ${received}`,
      expected:
        "result S SUCCESS (the inquiry worked) with paymentResult U PAYMENT_IN_PROCESS (the payment waits for the user)",
      received,
      hint:
        outer.kind === "read" && outer.status !== "S"
          ? "result is the outcome of the inquiry call itself: answer S SUCCESS for a payment you know, and put the payment's own state in paymentResult (U PAYMENT_IN_PROCESS while the user has not verified)."
          : "Until the user has verified, report paymentResult {resultStatus: U, resultCode: PAYMENT_IN_PROCESS}.",
      evidence: [evidenceOf(x, outer.kind === "read" && outer.status !== "S" ? "$.result" : "$.paymentResult")],
    });
  },
});
