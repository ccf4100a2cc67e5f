import { notifiesOf, orderAt } from "../common/order";
import { judgeRetries } from "../common/retries";
import { defineCheck, skip } from "../defineCheck";

const title = "notifyPayment is retried while the acknowledgement is not S";

/**
 * notify.retried-until-acknowledged: in callback-retries the simulator answers U, F, HTTP 500,
 * no answer, a badly signed S, then S. A badly signed S is left to the SHOULD rule
 * notify.verifies-acknowledgement-signature, so an MPP that does not verify acknowledgements
 * fails that rule, not this MUST.
 */
export const notifyRetriedUntilAcknowledged = defineCheck({
  rule: "notify.retried-until-acknowledged",
  title,
  scenarios: ["callback-retries"],
  run(trace) {
    const order = orderAt(trace);
    if (!order) return skip(title, "the scenario recorded no 'order' pay call");
    return judgeRetries(
      notifiesOf(trace, order),
      {
        title,
        needsRetry: (answer) => answer !== "S" && answer !== "bad-signature",
        hint:
          "Treat anything but a verified result S as 'not delivered': on U, F, a non-200 status or no answer within 5 s, send the same " +
          "notifyPayment again (with backoff) until Alipay+ answers S.",
        notExercised: "no notifyPayment for the order was answered with U, F, HTTP 500 or silence",
      },
      trace.finishedAt,
    );
  },
});
