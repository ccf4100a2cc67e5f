import { statusOfCode } from "../../../generated/resultCodes";
import { scenarioNames } from "../../core/scenarioNames";
import type { Exchange } from "../../core/trace";
import { targetMessages } from "../common/judgedExchanges";
import { type Flaw, judgeEach, where } from "../common/judgeEach";
import { resultsIn } from "../common/resultsIn";
import { defineCheck } from "../defineCheck";

const title = "resultCode agrees with resultStatus, as the result-code table says";

const statuses = new Set(["S", "F", "U"]);

/** The Results of a message that this rule can judge: a string code and an S/F/U status. */
const judgeable = (x: Exchange) =>
  x.api === undefined
    ? []
    : resultsIn(x).filter(
        (r) => typeof r.value.resultCode === "string" && statuses.has(r.value.resultStatus as string),
      );

/**
 * values.code-agrees-with-status: a code the spec's x-result-codes table (generated/resultCodes)
 * gives a status for must come with that status. Codes the table does not know are not judged
 * here (the MPP may have specific codes of its own), nor statuses that are not S/F/U
 * (values.status-uppercase reports those).
 */
export const codeAgreesWithStatus = defineCheck({
  rule: "values.code-agrees-with-status",
  title,
  scenarios: scenarioNames,
  run(trace) {
    const judged = targetMessages(trace).filter((x) => judgeable(x).length > 0);
    return judgeEach(
      title,
      judged,
      (x) =>
        judgeable(x).flatMap((r): Flaw[] => {
          const code = r.value.resultCode as string;
          const want = statusOfCode(x.api!, code);
          if (want === undefined || want === r.value.resultStatus) return [];
          return [
            {
              title: `${where(x)}: ${r.field} ${code} came with resultStatus ${JSON.stringify(r.value.resultStatus)}`,
              expected: `resultStatus "${want}" with resultCode ${code} (the ${x.api} result-code table)`,
              received: `resultStatus ${JSON.stringify(r.value.resultStatus)}, resultCode ${JSON.stringify(code)}`,
              hint: `Alipay+ acts on resultStatus and resultCode together: ${code} is ${want}. Send SUCCESS only with S, PAYMENT_IN_PROCESS only with U, and error codes with the status the code table gives them.`,
              path: `${r.path}.resultCode`,
            },
          ];
        }),
      "no Result with a known code and an S/F/U status in this scenario's responses or callbacks",
    );
  },
});
