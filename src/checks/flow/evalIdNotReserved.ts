import { defineCheck, fail, pass, skip } from "../defineCheck";
import { evidenceOf } from "../traceQueries";
import { describeReading } from "./answers";
import { orderAt } from "./orderAt";

const title = "An evaluation does not reserve its paymentRequestId: a later order with it is a normal order";

/** eval.id-not-reserved (seed steps 1-2 [I]): evaluation-id-reuse sends the order with the evaluation's id. */
export const evalIdNotReserved = defineCheck({
  rule: "eval.id-not-reserved",
  title,
  scenarios: ["evaluation-id-reuse"],
  run(trace) {
    const order = orderAt(trace);
    if (!order) return skip(title, "no order followed the evaluation");
    const { reading, exchange } = order;
    if (reading.kind === "unjudged") return skip(title, reading.reason);
    if (reading.kind === "read" && reading.status === "U") return pass(title, evidenceOf(exchange, "$.result"));
    const received = describeReading(reading);
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
