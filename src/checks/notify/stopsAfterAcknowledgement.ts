import { notifiesOf, orderAt } from "../common/order";
import { defineCheck, fail, pass, skip } from "../defineCheck";
import { evidenceOf } from "../traceQueries";

const title = "Once Alipay+ acknowledges with S, no further notifyPayment is sent";

/**
 * notify.stops-after-acknowledgement: no attempt may start after the first S-answered attempt has
 * ended. An attempt that started while that one was still in flight is not "after" it. Both
 * scenarios end with a quiet period so that a late duplicate would be seen.
 */
export const notifyStopsAfterAcknowledgement = defineCheck({
  rule: "notify.stops-after-acknowledgement",
  title,
  scenarios: ["happy-path", "callback-retries"],
  run(trace) {
    const order = orderAt(trace);
    if (!order) return skip(title, "the scenario recorded no 'order' pay call");
    const attempts = notifiesOf(trace, order);
    const acknowledged = attempts.find((x) => x.answeredWith === "S");
    if (!acknowledged) return skip(title, "no notifyPayment for the order was acknowledged with S");
    const ackedAt = acknowledged.startedAt + acknowledged.durationMs;
    const extra = attempts.filter((x) => x.startedAt >= ackedAt && x !== acknowledged);
    if (extra.length === 0) return pass(title, evidenceOf(acknowledged));
    return fail({
      title: `${extra.length} notifyPayment(s) arrived after Alipay+ acknowledged with S`,
      expected: `no notifyPayment for ${JSON.stringify(order.id)} after the S acknowledgement of ${acknowledged.id}`,
      received: `${extra.length} more: ${extra.map((x) => `${x.id} at +${x.startedAt - ackedAt} ms`).join(", ")}`,
      hint: "Mark the notification delivered when Alipay+ answers result S (with a valid signature) and cancel any scheduled retry for that payment.",
      evidence: [evidenceOf(extra[0]!), evidenceOf(acknowledged)],
    });
  },
});
