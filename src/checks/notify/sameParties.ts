import { show } from "../../core/secrets";
import { type Flaw, judgeEach, type NoEvidence, where } from "../common/judgeEach";
import { notifiesOf, orderAt } from "../common/order";
import { defineCheck, skip } from "../defineCheck";
import { targetBody } from "../traceQueries";

const title = "notifyPayment's acquirerId and pspId, when given, are those of the order";

const parties = ["acquirerId", "pspId"] as const;

/**
 * notify.same-parties: the seed's notify sample has neither field (docs/alipayplus/notify-payment.md#notify-payment), so a notification
 * without them shows nothing; one that has them must name the order's parties, not each other.
 */
export const notifySameParties = defineCheck({
  rule: "notify.same-parties",
  title,
  scenarios: ["happy-path", "one-click", "verification-failed", "expiry", "sms-resend", "callback-retries"],
  run(trace) {
    const order = orderAt(trace);
    if (!order) return skip(title, "the scenario recorded no 'order' pay call");
    return judgeEach(
      title,
      notifiesOf(trace, order),
      (x): Flaw[] | NoEvidence => {
        const body = targetBody(x) ?? {};
        const given = parties.filter((field) => body[field] !== undefined && body[field] !== null);
        if (given.length === 0) return { skip: `${where(x)} names no acquirerId or pspId` };
        return given
          .filter((field) => body[field] !== order.request[field])
          .map((field): Flaw => {
            const other = field === "acquirerId" ? "pspId" : "acquirerId";
            const swapped = body[field] === order.request[other];
            return {
              title: `${where(x)}: ${field} ${swapped ? `is the order's ${other} (the two swapped)` : "differs from the order"}`,
              expected: `${field} ${show(order.request[field])} (from the order's pay request)`,
              received: `${field} ${show(body[field])}`,
              hint: `Copy ${field} from the stored order: Alipay+ sent it in pay, and the acquirerId is the merchant's acquirer while the pspId is your own.`,
              path: `$.${field}`,
            };
          });
      },
      "no notifyPayment for the order arrived (notify.sent-on-final judges whether one was due)",
    );
  },
});
