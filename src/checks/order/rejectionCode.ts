import { describeReading, readResult } from "../common/answers";
import { type Judgement, judgeEach, where } from "../common/judgeEach";
import { defineCheck } from "../defineCheck";
import { exchangesAt } from "../traceQueries";

const title = "An order the MPP rejects is answered F with the specific code for the reason";

/** order.rejection-code (seed step 2 (docs/alipayplus/easy-pay-flow.md#step-2-order); docs/alipayplus/pay.md#pay-result-codes): orders of the configured rejected accounts ("order:<CODE>"). */
export const orderRejectionCode = defineCheck({
  rule: "order.rejection-code",
  title,
  scenarios: ["evaluation-rejected"],
  run: (trace) =>
    judgeEach(
      title,
      exchangesAt(trace, "order:", "pay"),
      (x): Judgement => {
        const code = x.step.slice("order:".length);
        const reading = readResult(x);
        if (reading.kind === "unjudged") return { skip: reading.reason };
        if (reading.kind === "read" && reading.status === "S")
          return { skip: `${x.step}: answered S (order.never-success reports it)` };
        if (reading.kind === "read" && reading.status === "F" && reading.code === code) return "holds";
        const received = reading.kind === "read" ? describeReading(reading) : reading.received;
        return {
          title: `${where(x)}: an account that cannot pay got ${received}`,
          expected: `F ${code}`,
          received,
          hint:
            reading.kind === "read" && reading.status === "U"
              ? `Check the account again at order creation: this one cannot pay (${code}), so refuse the order with F ${code} instead of sending the user to verify.`
              : `Refuse the order with the specific code for the reason, ${code} (or fix accounts.rejected[].expectCode in the kit's config if the MPP is right).`,
          path: "$.result",
        };
      },
      "no rejected accounts are configured (accounts.rejected)",
    ),
});
