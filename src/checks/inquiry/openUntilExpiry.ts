import { describeReading, readPaymentResult } from "../common/answers";
import { notPending, orderAt } from "../common/order";
import { CLOCK_SKEW_MS } from "../common/plausibleTimes";
import { defineCheck, fail, pass, skip } from "../defineCheck";
import { evidenceOf, firstAt } from "../traceQueries";

const title = "An order is not closed before its paymentExpiryTime";

/**
 * inquiry.open-until-expiry: the expiry scenario asks about its order right after creating it.
 * The answer counts only when it came before the expiry by a margin for the MPP's clock (a
 * tenth of the order's life, at most the clock skew allowed elsewhere), so a slow run is not
 * read as an early close.
 */
export const inquiryOpenUntilExpiry = defineCheck({
  rule: "inquiry.open-until-expiry",
  title,
  scenarios: ["expiry"],
  run(trace) {
    const order = orderAt(trace);
    const why = notPending(order);
    if (why || !order) return skip(title, why ?? "no order");
    const expiresAt = Date.parse(String(order.request.paymentExpiryTime));
    if (Number.isNaN(expiresAt)) return skip(title, "the order carried no paymentExpiryTime");
    const x = firstAt(trace, "inquiry-before-expiry", "inquiryPayment");
    if (!x) return skip(title, "no inquiry was made before the expiry");
    const margin = Math.min(CLOCK_SKEW_MS, (expiresAt - order.exchange.startedAt) / 10);
    if (x.startedAt + x.durationMs > expiresAt - margin)
      return skip(
        title,
        "the inquiry before the expiry was answered too close to the expiry time to tell an early close",
      );
    const reading = readPaymentResult(x);
    if (reading.kind !== "read") return skip(title, `the inquiry before the expiry: ${describeReading(reading)}`);
    if (reading.status === "U") return pass(title, evidenceOf(x, "$.paymentResult"));
    if (reading.status === "S")
      return skip(title, "the unverified order was reported paid (inquiry.in-process reports it)");
    return fail({
      title: `the order was reported ${describeReading(reading)} ${((expiresAt - (x.startedAt + x.durationMs)) / 1000).toFixed(1)} s before its paymentExpiryTime`,
      expected: `paymentResult U PAYMENT_IN_PROCESS until ${String(order.request.paymentExpiryTime)}`,
      received: `paymentResult ${describeReading(reading)}`,
      hint: "Close an unverified order at the paymentExpiryTime of its pay request (use your default only when the request gives none); until then the user may still verify.",
      evidence: [evidenceOf(x, "$.paymentResult"), evidenceOf(order.exchange)],
    });
  },
});
