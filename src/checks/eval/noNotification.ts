import { describeReading, readResult } from "../common/answers";
import { defineCheck, fail, pass, skip } from "../defineCheck";
import { callbacks, evidenceOf, firstAt, sentBody } from "../traceQueries";

const title = "No notifyPayment is sent for an evaluation";

/** eval.no-notification (seed step 1 (docs/alipayplus/easy-pay-flow.md#step-1-evaluation); docs/alipayplus/notify-payment.md#notify-payment): the scenario waits a quiet period for one. */
export const evalNoNotification = defineCheck({
  rule: "eval.no-notification",
  title,
  scenarios: ["happy-path", "one-click"],
  run(trace) {
    const evaluation = firstAt(trace, "evaluation", "pay");
    const id = evaluation && sentBody(evaluation)?.paymentRequestId;
    if (!evaluation || typeof id !== "string") return skip(title, "no evaluation was recorded");
    const stray = callbacks(trace, "notifyPayment", id);
    if (stray.length === 0) {
      // Silence after an error proves nothing: only an evaluation the target took (a readable
      // S/F/U) followed by a quiet period shows that it sends no notification for one.
      const reading = readResult(evaluation);
      if (reading.kind !== "read")
        return skip(
          title,
          `the evaluation was not answered with a readable result (${describeReading(reading)}), so silence proves nothing`,
        );
      if (reading.status === "U")
        return skip(
          title,
          `the evaluation was answered ${describeReading(reading)}: an MPP that could not tell has nothing to notify, so silence proves nothing`,
        );
      return pass(title, evidenceOf(evaluation));
    }
    return stray.map((x) =>
      fail({
        title: `notifyPayment arrived for the evaluation ${id}`,
        expected: "no notifyPayment for a paymentRequestId that was only evaluated",
        received: `notifyPayment with paymentResult ${JSON.stringify((x.request.json as { paymentResult?: unknown } | undefined)?.paymentResult)}`,
        hint: "An evaluation is not a payment: never put it in the notification outbox. Notify only payments created in phase 2 once they reach a final state.",
        evidence: [evidenceOf(x, "$.paymentRequestId"), evidenceOf(evaluation)],
      }),
    );
  },
});
