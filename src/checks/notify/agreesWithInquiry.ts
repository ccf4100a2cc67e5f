import { judgeEach, where } from "../common/judgeEach";
import { finalInquiry, notifiesOf, orderAt } from "../common/order";
import { defineCheck, skip } from "../defineCheck";
import { describeResult, evidenceOf, resultOf } from "../traceQueries";

const title = "notifyPayment's paymentResult agrees with inquiryPayment's final paymentResult";

/** notify.agrees-with-inquiry: status and code of every notification of the order vs the last final inquiry (docs/alipayplus/pay.md#payment-result-consistency). */
export const notifyAgreesWithInquiry = defineCheck({
  rule: "notify.agrees-with-inquiry",
  title,
  scenarios: ["happy-path", "one-click", "verification-failed", "expiry", "sms-resend", "callback-retries"],
  run(trace) {
    const order = orderAt(trace);
    if (!order) return skip(title, "the scenario recorded no 'order' pay call");
    const final = finalInquiry(trace, order);
    if (!final) return skip(title, "inquiryPayment never reported a final paymentResult for the order");
    const want = final.paymentResult;
    return judgeEach(
      title,
      notifiesOf(trace, order),
      (x) => {
        const got = resultOf(x, "paymentResult");
        if (got?.resultStatus === want.resultStatus && got?.resultCode === want.resultCode) return undefined;
        return {
          title: `${where(x)} disagrees with inquiryPayment (${final.exchange.id})`,
          expected: `paymentResult ${describeResult(want)}, as inquiryPayment ${final.exchange.id} reported`,
          received: `paymentResult ${describeResult(got)}`,
          hint: "Report one outcome for a payment: build notifyPayment's paymentResult and inquiryPayment's paymentResult from the same stored payment state, after it became final.",
          path: "$.paymentResult",
        };
      },
      "no notifyPayment for the order arrived (notify.sent-on-final judges whether one was due)",
    ).map((outcome) =>
      outcome.verdict === "pass"
        ? { ...outcome, evidence: [...outcome.evidence, evidenceOf(final.exchange, "$.paymentResult")] }
        : outcome,
    );
  },
});
