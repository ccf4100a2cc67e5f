import { show } from "../../core/secrets";
import { judgeEach, where } from "../common/judgeEach";
import { authNotifiesOf, notifiesOf, orderAt, orderFacts } from "../common/order";
import { defineCheck, skip } from "../defineCheck";
import { targetBody } from "../traceQueries";

const title = "authNotify's customerId is the customer of the payment it authorizes";

/** authnotify.matches-customer: against the customerId the MPP gave for the order in pay (or inquiry, or notifyPayment). */
export const authNotifyMatchesCustomer = defineCheck({
  rule: "authnotify.matches-customer",
  title,
  scenarios: ["one-click", "callback-retries"],
  run(trace) {
    const order = orderAt(trace);
    if (!order) return skip(title, "the scenario recorded no 'order' pay call");
    const fromNotify = notifiesOf(trace, order)
      .map((x) => targetBody(x)?.customerId)
      .find((id) => id !== undefined);
    const want = orderFacts(trace, order).customerId ?? fromNotify;
    if (want === undefined)
      return skip(title, "the MPP named no customerId for the order in pay, inquiryPayment or notifyPayment");
    return judgeEach(
      title,
      authNotifiesOf(trace, order),
      (x) => {
        const got = targetBody(x)?.customerId;
        if (got === want) return undefined;
        return {
          title: `${where(x)} named ${got === undefined ? "no customerId" : "another customer"}`,
          expected: `customerId ${JSON.stringify(want)} (the customer of the order)`,
          received: `customerId ${show(got)}`,
          hint: "The token authorizes the account that paid: send that account's customerId, the same one pay and notifyPayment report.",
          path: "$.customerId",
        };
      },
      "no authNotify arrived for the order (authnotify.token-created judges whether one was due)",
    );
  },
});
