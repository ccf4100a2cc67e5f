import { defineCheck, fail, pass, skip } from "../defineCheck";
import { evidenceOf, targetBody } from "../traceQueries";
import { judgedCallbacks } from "./judgedExchanges";
import { theOrder, wasCreated } from "./theOrder";

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
    const order = theOrder(trace);
    if (arrived.length === 0) {
      // Silence only proves something when there was a payment the MPP could have authorized.
      if (!order || !wasCreated(order)) return skip(title, "the order was not created, so the absence of authNotify proves nothing");
      return pass(title, evidenceOf(order.exchange));
    }
    const why = trace.scenario === "verification-failed" ? "the user's verification failed" : 'the order did not carry isAuthorizationAndPay "true"';
    return fail({
      title: `${arrived.length} authNotify arrived although ${why}`,
      expected: "no authNotify",
      received: arrived.map((x) => `${x.id}: authorizationNotifyType ${JSON.stringify(targetBody(x)?.authorizationNotifyType)}`).join("; "),
      hint: 'Create a token and send authNotify only for an order with paymentFactor.isAuthorizationAndPay "true" whose payment succeeded.',
      evidence: arrived.map((x) => evidenceOf(x, "$.authorizationNotifyType")),
    });
  },
});
