/**
 * scope.acquirer and scope.psp: a real order, asked for under another acquirerId / pspId,
 * must stay invisible (ORDER_NOT_EXIST).
 */
import type { RuleId } from "../../../generated/rules";
import { defineCheck, fail, pass, skip } from "../defineCheck";
import { describeAnswer, evidenceOf, firstAt } from "../traceQueries";
import { describeReading, readResult } from "./answers";
import { notPending, orderAt } from "./order";

export function scopedInquiryCheck(rule: RuleId, step: "other-acquirer" | "other-psp", field: "acquirerId" | "pspId") {
  const title = `A payment is visible to inquiryPayment only under the ${field} it was made with`;
  return defineCheck({
    rule,
    title,
    scenarios: ["inquiry-scoping"],
    run(trace) {
      const order = orderAt(trace);
      const why = notPending(order);
      if (why || !order) return skip(title, why ?? "no order");
      const x = firstAt(trace, step, "inquiryPayment");
      if (!x) return skip(title, `no inquiry under another ${field} was recorded`);
      const reading = readResult(x);
      if (reading.kind === "unjudged") return skip(title, reading.reason);
      if (reading.kind === "read" && reading.status === "F") {
        if (reading.code === "ORDER_NOT_EXIST") return pass(title, evidenceOf(x, "$.result"));
        return skip(
          title,
          `answered F ${reading.code}: the payment stays hidden, with a code inquiry.unknown-order judges`,
        );
      }
      const received = reading.kind === "read" ? `${describeReading(reading)}: ${describeAnswer(x)}` : reading.received;
      return fail({
        title: `the payment was found under another ${field}`,
        expected: "result F ORDER_NOT_EXIST, as for any payment this caller does not own",
        received,
        hint: `Look payments up by acquirerId, pspId and paymentRequestId together: a paymentRequestId is only unique per acquirer, and another ${field} must not see (or learn about) the payment.`,
        evidence: [evidenceOf(x, "$.result"), evidenceOf(order.exchange)],
      });
    },
  });
}
