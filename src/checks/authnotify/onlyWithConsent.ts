import { judgedCallbacks } from "../common/judgedExchanges";
import { finalInquiry, orderAt, wasCreated } from "../common/order";
import { defineCheck, fail, pass, skip } from "../defineCheck";
import { evidenceOf, targetBody } from "../traceQueries";

const title = "No authNotify is sent without one-click consent or after a failed verification";

/**
 * authnotify.only-with-consent: happy-path orders without one-click, verification-failed fails the
 * verification of a one-click order; both end with a quiet period. Any authNotify there is wrong.
 */
export const authNotifyOnlyWithConsent = defineCheck({
  rule: "authnotify.only-with-consent",
  title,
  scenarios: ["happy-path", "verification-failed"],
  run(trace) {
    const arrived = judgedCallbacks(trace, "authNotify");
    const order = orderAt(trace);
    if (arrived.length === 0) {
      // Silence only proves something once the payment ended the way the scenario meant it to:
      // an MPP sends authNotify when the payment completes, so a pending one proves nothing.
      if (!order || !wasCreated(order))
        return skip(title, "the order was not created, so the absence of authNotify proves nothing");
      const final = finalInquiry(trace, order);
      if (!final)
        return skip(
          title,
          "inquiryPayment never reported the payment final, so the absence of authNotify proves nothing yet",
        );
      if (trace.scenario === "verification-failed" && final.paymentResult.resultStatus !== "F") {
        return skip(
          title,
          "the payment did not fail (inquiry.failure reports it), so this trace shows no failed verification",
        );
      }
      return pass(title, evidenceOf(order.exchange), evidenceOf(final.exchange, "$.paymentResult"));
    }
    const why =
      trace.scenario === "verification-failed"
        ? "the user's verification failed"
        : 'the order did not carry isAuthorizationAndPay "true"';
    return fail({
      title: `${arrived.length} authNotify arrived although ${why}`,
      expected: "no authNotify",
      received: arrived
        .map((x) => `${x.id}: authorizationNotifyType ${JSON.stringify(targetBody(x)?.authorizationNotifyType)}`)
        .join("; "),
      hint: 'Create a token and send authNotify only for an order with paymentFactor.isAuthorizationAndPay "true" whose payment succeeded.',
      evidence: arrived.map((x) => evidenceOf(x, "$.authorizationNotifyType")),
    });
  },
});
