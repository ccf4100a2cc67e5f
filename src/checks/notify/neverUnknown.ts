import { scenarioNames } from "../../core/scenarioNames";
import { judgedCallbacks } from "../common/judgedExchanges";
import { judgeEach, where } from "../common/judgeEach";
import { defineCheck } from "../defineCheck";
import { describeResult, resultOf } from "../traceQueries";

const title = "notifyPayment's paymentResult.resultStatus is S or F, never U";

/** notify.never-unknown: every notifyPayment (whatever payment it is for: a U notification is wrong everywhere). */
export const notifyNeverUnknown = defineCheck({
  rule: "notify.never-unknown",
  title,
  scenarios: scenarioNames,
  run(trace) {
    return judgeEach(
      title,
      judgedCallbacks(trace, "notifyPayment"),
      (x) => {
        const result = resultOf(x, "paymentResult");
        const status = result?.resultStatus;
        // Anything but S/F is not final; lowercase "s"/"f" are values.status-uppercase's to judge.
        if (typeof status === "string" && ["S", "F"].includes(status.toUpperCase())) return undefined;
        return {
          title: `${where(x)} reported ${status === undefined ? "no paymentResult.resultStatus" : `paymentResult.resultStatus ${JSON.stringify(status)}`}`,
          expected: 'paymentResult.resultStatus "S" or "F"',
          received: `paymentResult ${describeResult(result)}`,
          hint: "Send notifyPayment only once the payment is final: S/SUCCESS, or F with the reason code. A payment still in process is reported by inquiryPayment, never notified as U.",
          path: "$.paymentResult.resultStatus",
        };
      },
      "the target sent no notifyPayment in this scenario",
    );
  },
});
