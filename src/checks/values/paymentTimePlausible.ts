import { parseIsoTime } from "../../core/isoTime";
import type { Exchange } from "../../core/trace";
import { type Flaw, judgeEach, type NoEvidence, where } from "../common/judgeEach";
import { notifiesOf, orderAt } from "../common/order";
import { CLOCK_SKEW_MS, describeOffset, messageTime } from "../common/plausibleTimes";
import { defineCheck, skip } from "../defineCheck";
import { targetBody } from "../traceQueries";

const title = "paymentTime lies between the order's creation and the message that carries it";

/**
 * values.payment-time-plausible: every paymentTime in the order's inquiry answers and
 * notifications. A well-formed time in the wrong zone (local time labelled Z) or a stale one
 * is what this catches; a malformed one is the schema rules'.
 */
export const paymentTimePlausible = defineCheck({
  rule: "values.payment-time-plausible",
  title,
  scenarios: ["happy-path", "one-click", "verification-failed", "expiry", "sms-resend", "callback-retries"],
  run(trace) {
    const order = orderAt(trace);
    if (!order) return skip(title, "the scenario recorded no 'order' pay call");
    const createdAfter = order.exchange.startedAt;
    const inquiries = trace.exchanges.filter(
      (x) => x.direction === "to-mpp" && x.api === "inquiryPayment" && x.paymentRequestId === order.id,
    );
    const messages = [...inquiries, ...notifiesOf(trace, order)].filter(
      (x) => targetBody(x)?.paymentTime !== undefined,
    );
    return judgeEach(
      title,
      messages,
      (x: Exchange): Flaw | NoEvidence | undefined => {
        const given = targetBody(x)?.paymentTime;
        const at = parseIsoTime(given);
        if (at === undefined)
          return {
            skip: `${where(x)}: paymentTime ${JSON.stringify(given)} is not an ISO 8601 date-time (the schema rules report it)`,
          };
        const sentAt = messageTime(x);
        if (at >= createdAfter - CLOCK_SKEW_MS && at <= sentAt + CLOCK_SKEW_MS) return undefined;
        const early = at < createdAfter;
        return {
          title: `${where(x)}: paymentTime ${given} is ${describeOffset(early ? createdAfter - at : at - sentAt)} ${early ? "before the order was created" : "after the message was sent"}`,
          expected: `a time between the order's creation (${new Date(createdAfter).toISOString()}) and this message (${new Date(sentAt).toISOString()}), give or take ${CLOCK_SKEW_MS / 1000} s of clock skew`,
          received: `paymentTime ${JSON.stringify(given)} (${new Date(at).toISOString()})`,
          hint: "Set paymentTime when the payment reaches its final state, from a clock synchronised by NTP, with the offset of the zone the time is written in (e.g. +08:00 for local time in Singapore, Z only for UTC).",
          path: "$.paymentTime",
        };
      },
      "no inquiry answer or notification for the order gave a paymentTime",
    );
  },
});
