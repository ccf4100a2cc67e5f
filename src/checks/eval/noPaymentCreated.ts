import { describeReading, readResult } from "../common/answers";
import { defineCheck, fail, pass, skip } from "../defineCheck";
import { describeAnswer, evidenceOf, firstAt } from "../traceQueries";

const title = "An evaluation creates no payment: inquiryPayment for its id answers F ORDER_NOT_EXIST";

/** eval.no-payment-created (seed step 1 (docs/alipayplus/easy-pay-flow.md#step-1-evaluation), "no actual payment occurs"). */
export const evalNoPaymentCreated = defineCheck({
  rule: "eval.no-payment-created",
  title,
  scenarios: ["happy-path", "one-click"],
  run(trace) {
    const inquiry = firstAt(trace, "evaluation-inquiry", "inquiryPayment");
    if (!inquiry) return skip(title, "no inquiry followed the evaluation");
    // ORDER_NOT_EXIST after an evaluation the target never processed shows nothing.
    const evaluation = firstAt(trace, "evaluation", "pay");
    const evaluated = evaluation && readResult(evaluation);
    if (evaluated?.kind !== "read")
      return skip(
        title,
        `the evaluation was not answered with a readable result${evaluated ? ` (${describeReading(evaluated)})` : ""}, so an empty inquiry proves nothing`,
      );
    const reading = readResult(inquiry);
    if (reading.kind === "unjudged") return skip(title, reading.reason);
    if (reading.kind === "read" && reading.status === "F" && reading.code === "ORDER_NOT_EXIST")
      return pass(title, evidenceOf(inquiry, "$.result"));
    if (reading.kind === "read" && reading.status === "F") {
      return skip(
        title,
        `the inquiry answered F ${reading.code}: no payment shown, but not ORDER_NOT_EXIST (inquiry.unknown-order judges that code)`,
      );
    }
    return fail({
      title: "inquiryPayment found something for the evaluation's paymentRequestId",
      expected: "result F ORDER_NOT_EXIST: an evaluation leaves no payment behind",
      received: reading.kind === "read" ? `${describeReading(reading)}: ${describeAnswer(inquiry)}` : reading.received,
      hint: 'Phase 1 (isPaymentEvaluation "true") only checks the account: do not store a payment or order for it. Create the payment only in phase 2, the pay call without isPaymentEvaluation.',
      evidence: [evidenceOf(inquiry, "$.result")],
    });
  },
});
