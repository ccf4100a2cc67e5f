import { authNotifiesOf, orderAt } from "../common/order";
import { judgeRetries } from "../common/retries";
import { defineCheck, skip } from "../defineCheck";

const title = "authNotify is retried when the acknowledgement is U or does not arrive";

/** The seed's result table: retry on U and on no result; an HTTP 500 is no result. F means "act on the code", not retry. */
const retryAnswers = new Set(["U", "no-answer", "http-500"]);

/** authnotify.retried-until-acknowledged: callback-retries answers authNotify U, then silence, then S. */
export const authNotifyRetriedUntilAcknowledged = defineCheck({
  rule: "authnotify.retried-until-acknowledged",
  title,
  scenarios: ["callback-retries"],
  run(trace) {
    const order = orderAt(trace);
    if (!order) return skip(title, "the scenario recorded no 'order' pay call");
    return judgeRetries(
      authNotifiesOf(trace, order),
      {
        title,
        needsRetry: (answer) => retryAnswers.has(answer),
        hint: "On result U or when no answer arrives within 5 s, send the same authNotify again (with backoff) until Alipay+ answers S.",
        notExercised: "no authNotify was answered with U, HTTP 500 or silence",
      },
      trace.finishedAt,
    );
  },
});
