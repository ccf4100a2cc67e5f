import { describeReading, readResult } from "../common/answers";
import { notPending, orderAt } from "../common/order";
import { repeatsUnrecognised } from "../common/sequentialRepeat";
import { defineCheck, fail, pass, skip } from "../defineCheck";
import { evidenceOf, firstAt } from "../traceQueries";

const title = "The same paymentRequestId with a changed amount is answered F REPEAT_REQ_INCONSISTENT";

/** idem.inconsistent-repeat (docs/alipayplus/idempotency.md#idempotency consistency fields): the "inconsistent" step repeats "order" with another amount. */
export const idemInconsistentRepeat = defineCheck({
  rule: "idem.inconsistent-repeat",
  title,
  scenarios: ["idempotency"],
  run(trace) {
    const why = notPending(orderAt(trace)) ?? repeatsUnrecognised(trace);
    if (why) return skip(title, why);
    const x = firstAt(trace, "inconsistent", "pay");
    if (!x) return skip(title, "no inconsistent repeat was recorded");
    const reading = readResult(x);
    if (reading.kind === "unjudged") return skip(title, reading.reason);
    if (reading.kind === "read" && reading.status === "F" && reading.code === "REPEAT_REQ_INCONSISTENT")
      return pass(title, evidenceOf(x, "$.result"));
    const received = reading.kind === "read" ? describeReading(reading) : reading.received;
    return fail({
      title: `a repeat with a changed paymentAmount was answered ${received}`,
      expected: "F REPEAT_REQ_INCONSISTENT",
      received,
      hint: "On a repeated paymentRequestId compare the consistency fields (paymentAmount, payToAmount, paymentMethod, surchargeInfo, paymentPromoInfo) with the stored request; when any differs answer F REPEAT_REQ_INCONSISTENT and change nothing.",
      evidence: [evidenceOf(x, "$.result"), evidenceOf(orderAt(trace)!.exchange)],
    });
  },
});
