import { defineCheck, fail, pass, skip } from "../defineCheck";
import { callbacks, evidenceOf, firstAt, sentBody } from "../traceQueries";

const title = "No notifyPayment is sent for an evaluation";

/** eval.no-notification (seed step 1; facts §9): the scenario waits a quiet period for one. */
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
      if (!evaluation.response) return skip(title, "the evaluation got no answer, so silence proves nothing");
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
