import { scenarioNames } from "../../core/scenarioNames";
import { targetMessages } from "../common/judgedExchanges";
import { type Flaw, judgeEach, where } from "../common/judgeEach";
import { resultsIn } from "../common/resultsIn";
import { defineCheck } from "../defineCheck";

const title = 'resultStatus is exactly "S", "F" or "U"';
const statuses = new Set(["S", "F", "U"]);

/** values.status-uppercase: every Result the target produces (result, paymentResult; responses and callbacks). */
export const statusUppercase = defineCheck({
  rule: "values.status-uppercase",
  title,
  scenarios: scenarioNames,
  run(trace) {
    const judged = targetMessages(trace).filter((x) => resultsIn(x).some((r) => r.value.resultStatus !== undefined));
    return judgeEach(
      title,
      judged,
      (x) =>
        resultsIn(x)
          .filter((r) => r.value.resultStatus !== undefined && !statuses.has(r.value.resultStatus as string))
          .map(
            (r): Flaw => ({
              title: `${where(x)}: ${r.field}.resultStatus is ${JSON.stringify(r.value.resultStatus)}`,
              expected: '"S", "F" or "U" (uppercase, a JSON string)',
              received: JSON.stringify(r.value.resultStatus),
              hint:
                typeof r.value.resultStatus === "string" && statuses.has(r.value.resultStatus.toUpperCase())
                  ? `resultStatus must be exactly "S", "F" or "U"; send ${JSON.stringify(r.value.resultStatus.toUpperCase())}. The seed's own phase-2 sample shows "u", which Alipay+ does not accept.`
                  : `resultStatus must be exactly "S" (success), "F" (failure) or "U" (unknown / in process); put words like "success" in resultMessage.`,
              path: `${r.path}.resultStatus`,
            }),
          ),
      "no Result with a resultStatus in this scenario's responses or callbacks",
    );
  },
});
