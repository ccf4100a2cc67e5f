import { judgeEach, where } from "../common/judgeEach";
import { notifiesOf, orderAt } from "../common/order";
import { defineCheck, skip } from "../defineCheck";
import { describeResult, resultOf } from "../traceQueries";

const title = "An order closed by paymentExpiryTime is notified as F ORDER_IS_CLOSED";

/** notify.closed-after-expiry: the expiry scenario never verifies its order, so every notification must say closed. */
export const notifyClosedAfterExpiry = defineCheck({
  rule: "notify.closed-after-expiry",
  title,
  scenarios: ["expiry"],
  run(trace) {
    const order = orderAt(trace);
    if (!order) return skip(title, "the scenario recorded no 'order' pay call");
    return judgeEach(
      title,
      notifiesOf(trace, order),
      (x) => {
        const result = resultOf(x, "paymentResult");
        if (result?.resultStatus === "F" && result.resultCode === "ORDER_IS_CLOSED") return undefined;
        return {
          title: `${where(x)} for an expired order reported ${describeResult(result)}`,
          expected: 'paymentResult {resultStatus "F", resultCode "ORDER_IS_CLOSED"}',
          received: `paymentResult ${describeResult(result)}`,
          hint: "When paymentExpiryTime passes before the user verifies, close the order and notify F ORDER_IS_CLOSED (not a generic failure code, and not U).",
          path: "$.paymentResult",
        };
      },
      "no notifyPayment for the expired order arrived (notify.sent-on-final judges whether one was due)",
    );
  },
});
