import { scenarioNames } from "../../core/scenarioNames";
import { show } from "../../core/secrets";
import { judgedResponses } from "../common/judgedExchanges";
import { type Flaw, judgeEach, where } from "../common/judgeEach";
import { defineCheck } from "../defineCheck";
import { targetBody } from "../traceQueries";

const title = "Responses report their outcome in `result`, not in a legacy `resultInfo`";

/** values.result-envelope: the seed's phase-1 sample answers with `resultInfo`; Alipay+ reads only `result`. */
export const resultEnvelope = defineCheck({
  rule: "values.result-envelope",
  title,
  scenarios: scenarioNames,
  run(trace) {
    // Non-JSON answers have no envelope to judge; schema.* reports them.
    const judged = judgedResponses(trace).filter((x) => targetBody(x) !== undefined);
    return judgeEach(
      title,
      judged,
      (x): Flaw | undefined => {
        const body = targetBody(x) ?? {};
        const result = body.result;
        const hasResult = result !== null && typeof result === "object" && !Array.isArray(result);
        if (hasResult && !("resultInfo" in body)) return undefined;
        return {
          title: `${where(x)} answered ${"resultInfo" in body ? "with a legacy `resultInfo` envelope" : "without a `result` object"}`,
          expected: 'a top-level `result` object {"resultCode", "resultStatus", "resultMessage"} and no `resultInfo`',
          received:
            "resultInfo" in body
              ? `resultInfo ${show(body.resultInfo)}${hasResult ? " beside result" : ", no result"}`
              : `result ${show(result)}`,
          hint:
            "Put the outcome in `result` with resultCode, resultStatus (S/F/U) and resultMessage. The seed's phase-1 sample shows " +
            "the old `resultInfo` {resultCodeId, resultMsg} envelope, which Alipay+ does not read: it would see no result at all.",
          path: "resultInfo" in body ? "$.resultInfo" : "$.result",
        };
      },
      "no answered pay or inquiryPayment call with a JSON body in this scenario",
    );
  },
});
