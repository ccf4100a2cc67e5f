import { judgeEach, where } from "../common/judgeEach";
import { isEvaluation } from "../common/order";
import { defineCheck } from "../defineCheck";
import { at, describeAnswer, targetBody } from "../traceQueries";

const title = "Order creation never answers S";

/**
 * order.never-success (seed step 2 (docs/alipayplus/easy-pay-flow.md#step-2-order), "can not be S"): every phase-2 pay answer. Read without
 * regard to case: "s" claims success as much as "S" (its casing is values.status-uppercase's).
 * Not evaluation-id-reuse: an S there is the evaluation's cached answer (eval.id-not-reserved).
 */
export const orderNeverSuccess = defineCheck({
  rule: "order.never-success",
  title,
  scenarios: [
    "happy-path",
    "one-click",
    "verification-failed",
    "evaluation-rejected",
    "idempotency",
    "signatures",
    "inquiry-scoping",
    "expiry",
    "sms-resend",
    "callback-retries",
  ],
  run: (trace) =>
    judgeEach(
      title,
      trace.exchanges.filter((x) => x.direction === "to-mpp" && x.api === "pay" && !isEvaluation(x)),
      (x) => {
        if (!x.response) return { skip: `${x.step}: no answer` };
        const status = at(targetBody(x), "result.resultStatus");
        // Only an answer that states an outcome other than S shows the rule kept; a 500 or a
        // page without a result shows nothing (the envelope and schema rules report it).
        if (typeof status !== "string")
          return { skip: `${x.step}: ${describeAnswer(x)} states no result.resultStatus` };
        if (status.toUpperCase() !== "S") return "holds";
        return {
          title: `${where(x)}: order creation answered ${JSON.stringify(status)}`,
          expected: "U PAYMENT_IN_PROCESS (the user still has to verify) or F with a reason",
          received: `result.resultStatus ${JSON.stringify(status)}, resultCode ${JSON.stringify(at(targetBody(x), "result.resultCode"))}`,
          hint: "Phase 2 (order creation) must answer U with PAYMENT_IN_PROCESS until the user has verified; answer S only through inquiryPayment/notifyPayment after verification.",
          path: "$.result.resultStatus",
        };
      },
      "no order creation was recorded",
    ),
});
