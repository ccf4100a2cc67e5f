import { describeReading, readPaymentResult } from "../common/answers";
import { lastInquiry, notPending, orderAt } from "../common/order";
import { defineCheck, fail, pass, skip } from "../defineCheck";
import { evidenceOf } from "../traceQueries";

const title = "An order whose paymentExpiryTime passed unverified is reported as paymentResult F ORDER_IS_CLOSED";

/** inquiry.closed-after-expiry (docs/alipayplus/pay.md#pay-request, §7): the last poll of the expiry scenario. */
export const inquiryClosedAfterExpiry = defineCheck({
  rule: "inquiry.closed-after-expiry",
  title,
  scenarios: ["expiry"],
  run(trace) {
    const order = orderAt(trace);
    const why = notPending(order);
    if (why || !order) return skip(title, why ?? "no order");
    const last = lastInquiry(trace, order.id);
    if (!last) return skip(title, "no inquiry followed the order");
    const expiresAt = Date.parse(String(order.request.paymentExpiryTime));
    // startedAt is epoch ms in recorded traces: an inquiry before the expiry proves nothing.
    if (Number.isFinite(expiresAt) && last.startedAt > 1e12 && last.startedAt < expiresAt) {
      return skip(
        title,
        `polling ended before the order expired at ${order.request.paymentExpiryTime}; allow more inquiries (timing.inquiryMaxAttempts)`,
      );
    }
    const reading = readPaymentResult(last);
    if (reading.kind === "unjudged") return skip(title, reading.reason);
    if (reading.kind === "read" && reading.status === "F" && reading.code === "ORDER_IS_CLOSED")
      return pass(title, evidenceOf(last, "$.paymentResult"));
    const answer = reading.kind === "read" ? `paymentResult ${describeReading(reading)}` : reading.received;
    // How late the last poll was: a few seconds may be the two clocks disagreeing; minutes are not.
    const after =
      Number.isFinite(expiresAt) && last.startedAt > 1e12
        ? ` ${((last.startedAt - expiresAt) / 1000).toFixed(1)} s after paymentExpiryTime (by the kit's clock)`
        : "";
    const received = `${answer}${after}`;
    return fail({
      title: `the expired order was reported as ${answer}`,
      expected: `paymentResult F ORDER_IS_CLOSED once paymentExpiryTime (${order.request.paymentExpiryTime}) has passed`,
      received,
      hint: "Close an unverified order when its paymentExpiryTime passes (a timer, or a check on every read): from then on report paymentResult F ORDER_IS_CLOSED and refuse the verification.",
      evidence: [evidenceOf(last, "$.paymentResult"), evidenceOf(order.exchange)],
    });
  },
});
