import { finalInquiry, notifiesOf, orderAt, wasCreated } from "../common/order";
import { defineCheck, fail, pass, skip } from "../defineCheck";
import { describeResult, evidenceOf } from "../traceQueries";

const title = "The MPP calls notifyPayment when the payment reaches a final state";

/**
 * notify.sent-on-final: the order's payment is final when inquiryPayment says so (S or F);
 * then at least one notifyPayment for its paymentRequestId must have arrived. When inquiry
 * never reported a final state the rule is skipped: inquiry.* judge that, and we cannot tell
 * whether the payment ever ended.
 */
export const notifySentOnFinal = defineCheck({
  rule: "notify.sent-on-final",
  title,
  scenarios: ["happy-path", "one-click", "verification-failed", "expiry", "sms-resend", "callback-retries"],
  run(trace) {
    const order = orderAt(trace);
    if (!order) return skip(title, "the scenario recorded no 'order' pay call");
    const notifies = notifiesOf(trace, order);
    if (notifies.length > 0) return pass(title, ...notifies.map((x) => evidenceOf(x)));
    if (!wasCreated(order))
      return skip(title, "the order was not created (answered F or not at all), so no payment reached a final state");
    const final = finalInquiry(trace, order);
    if (!final)
      return skip(title, "inquiryPayment never reported a final state for the order, so no notifyPayment was due yet");
    // How long the kit listened once it knew the payment was final: a slow outbox must be told apart from none.
    const listenedMs =
      trace.finishedAt === undefined
        ? undefined
        : trace.finishedAt - (final.exchange.startedAt + final.exchange.durationMs);
    const listened =
      listenedMs !== undefined && listenedMs >= 0
        ? ` in the ${(listenedMs / 1000).toFixed(1)} s the kit kept listening after that`
        : "";
    return fail({
      title: "no notifyPayment arrived for a payment that reached a final state",
      expected: `a notifyPayment with paymentRequestId ${JSON.stringify(order.id)} at the paymentNotifyUrl of the order`,
      received: `none; inquiryPayment reported paymentResult ${describeResult(final.paymentResult)}${listened}`,
      hint:
        "When a payment reaches S or F, POST notifyPayment (paymentRequestId, paymentId, paymentResult, paymentAmount, customerId) " +
        "to the order's paymentNotifyUrl, signed, and retry until Alipay+ acknowledges with S." +
        (listened
          ? " If your MPP notifies, but later than that, raise timing.callbackWaitMs in the kit's config."
          : ""),
      evidence: [evidenceOf(final.exchange, "$.paymentResult"), evidenceOf(order.exchange)],
    });
  },
});
