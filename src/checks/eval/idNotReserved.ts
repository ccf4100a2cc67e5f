import { describeReading, readResult } from "../common/answers";
import { orderAt } from "../common/order";
import { defineCheck, fail, pass, skip } from "../defineCheck";
import { evidenceOf, firstAt } from "../traceQueries";

const title = "An evaluation does not reserve its paymentRequestId: a later order with it is a normal order";

/**
 * eval.id-not-reserved (seed steps 1-2 (docs/alipayplus/easy-pay-flow.md#two-phase-pay) [I]): evaluation-id-reuse sends the order with the
 * evaluation's id. The evaluation's cached S is an S without the paymentId every created
 * order has (an S with one is order.never-success's); a refusal as a repeat shows a reserved
 * id, unless the evaluation left a whole payment behind (eval.no-payment-created's).
 */
export const evalIdNotReserved = defineCheck({
  rule: "eval.id-not-reserved",
  title,
  scenarios: ["evaluation-id-reuse"],
  run(trace) {
    const order = orderAt(trace);
    if (!order) return skip(title, "no order followed the evaluation");
    const { reading, exchange } = order;
    if (reading.kind === "unjudged") return skip(title, reading.reason);
    // A fresh order is U with a paymentId; a bare U (e.g. UNKNOWN_EXCEPTION) shows no order at all.
    if (reading.kind === "read" && reading.status === "U" && order.paymentId)
      return pass(title, evidenceOf(exchange, "$.result"));
    if (reading.kind === "read" && reading.status === "U")
      return skip(
        title,
        `the order was answered ${describeReading(reading)} without a paymentId: neither a fresh order nor a replay of the evaluation`,
      );
    const received = describeReading(reading);
    if (reading.kind === "read" && reading.status === "S" && order.paymentId) {
      return skip(
        title,
        "the order was answered S with a paymentId of its own: a created order, not the evaluation's answer (order.never-success reports an S)",
      );
    }
    if (reading.kind === "read" && reading.code === "REPEAT_REQ_INCONSISTENT" && paymentLeftBehind(trace)) {
      return skip(
        title,
        "the evaluation left a payment behind, which the order collided with (eval.no-payment-created reports it)",
      );
    }
    if (reading.kind === "read" && (reading.status === "S" || reading.code === "REPEAT_REQ_INCONSISTENT")) {
      return fail({
        title: `the order with the evaluation's paymentRequestId was answered ${received}`,
        expected: "U PAYMENT_IN_PROCESS: a new order, as for any fresh paymentRequestId",
        received,
        hint:
          reading.status === "S"
            ? "Do not cache the evaluation's answer under its paymentRequestId: an evaluation is not a payment, and replaying its S to phase 2 tells Alipay+ the payment succeeded before any verification."
            : "Do not record the evaluation under its paymentRequestId for idempotency: only phase-2 orders reserve an id.",
        evidence: [evidenceOf(exchange, "$.result")],
      });
    }
    return skip(title, `the order was answered ${received}: neither a fresh order nor a replay of the evaluation`);
  },
});

/** Whether inquiryPayment found a payment under the evaluation's id before the order was sent. */
function paymentLeftBehind(trace: Parameters<typeof orderAt>[0]): boolean {
  const inquiry = firstAt(trace, "evaluation-inquiry", "inquiryPayment");
  const reading = inquiry && readResult(inquiry);
  return reading?.kind === "read" && reading.status === "S";
}
