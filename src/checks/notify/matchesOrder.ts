import { show } from "../../core/secrets";
import type { Exchange, Trace } from "../../core/trace";
import { judgedCallbacks } from "../common/judgedExchanges";
import { type Flaw, judgeEach, where } from "../common/judgeEach";
import { type Order, orderAt, orderFacts } from "../common/order";
import { defineCheck, skip } from "../defineCheck";
import { targetBody } from "../traceQueries";

const title =
  "notifyPayment carries the order's paymentRequestId, paymentId, paymentAmount, payToAmount and customerId";

/**
 * The notifications about the order: those with its paymentRequestId or its paymentId, and those
 * naming a paymentRequestId the kit never sent (a wrong id must be caught here, not ignored).
 */
function aboutTheOrder(trace: Trace, order: Order, paymentId: unknown): Exchange[] {
  const knownIds = new Set(trace.exchanges.filter((x) => x.direction === "to-mpp").map((x) => x.paymentRequestId));
  return judgedCallbacks(trace, "notifyPayment").filter((x) => {
    const body = targetBody(x);
    return (
      x.paymentRequestId === order.id ||
      (paymentId !== undefined && body?.paymentId === paymentId) ||
      !knownIds.has(body?.paymentRequestId as string)
    );
  });
}

const sameAmount = (a: unknown, b: unknown) =>
  a !== null &&
  typeof a === "object" &&
  b !== null &&
  typeof b === "object" &&
  (a as Record<string, unknown>).currency === (b as Record<string, unknown>).currency &&
  (a as Record<string, unknown>).value === (b as Record<string, unknown>).value;

/** notify.matches-order: each field against the "order" exchange (request for the amount, answer for the ids). */
export const notifyMatchesOrder = defineCheck({
  rule: "notify.matches-order",
  title,
  scenarios: ["happy-path", "one-click", "verification-failed", "expiry", "sms-resend", "callback-retries"],
  run(trace) {
    const order = orderAt(trace);
    if (!order) return skip(title, "the scenario recorded no 'order' pay call");
    const { paymentId, customerId } = orderFacts(trace, order);
    const { paymentAmount, payToAmount } = order.request;
    const expectations: Array<{
      field: string;
      want: unknown;
      same: (a: unknown, b: unknown) => boolean;
      from: string;
      optional?: boolean;
    }> = [
      { field: "paymentRequestId", want: order.id, same: (a, b) => a === b, from: "the order's pay request" },
      { field: "paymentId", want: paymentId, same: (a, b) => a === b, from: "the order's pay answer" },
      { field: "paymentAmount", want: paymentAmount, same: sameAmount, from: "the order's pay request" },
      // Optional in a notification (docs/alipayplus/notify-payment.md#notify-payment), but Alipay+ checks it for consistency (docs/alipayplus/idempotency.md#idempotency).
      { field: "payToAmount", want: payToAmount, same: sameAmount, from: "the order's pay request", optional: true },
      { field: "customerId", want: customerId, same: (a, b) => a === b, from: "the order's pay answer" },
    ];
    /** The kit sends the two amounts in different currencies: one in the other's place is a swap. */
    const swapped = (field: string, got: unknown) =>
      (field === "paymentAmount" && sameAmount(got, payToAmount)) ||
      (field === "payToAmount" && sameAmount(got, paymentAmount));
    return judgeEach(
      title,
      aboutTheOrder(trace, order, paymentId),
      (x) => {
        const body = targetBody(x) ?? {};
        return expectations
          .filter(
            (e) =>
              e.want !== undefined && !(e.optional && body[e.field] === undefined) && !e.same(body[e.field], e.want),
          )
          .map(
            (e): Flaw => ({
              title: `${where(x)}: ${e.field} ${body[e.field] === undefined ? "is missing" : swapped(e.field, body[e.field]) ? `is the order's ${e.field === "paymentAmount" ? "payToAmount" : "paymentAmount"} (the two amounts swapped)` : "differs from the order"}`,
              expected: `${e.field} ${show(e.want)} (from ${e.from})`,
              received: `${e.field} ${show(body[e.field])}`,
              hint: `notifyPayment must describe the payment Alipay+ asked for: copy ${e.field} from the order as stored when pay created it. Alipay+ matches notifications to payments by paymentRequestId and checks paymentId, paymentAmount and customerId for consistency.`,
              path: `$.${e.field}`,
            }),
          );
      },
      "no notifyPayment about the order arrived (notify.sent-on-final judges whether one was due)",
    );
  },
});
