import { scenarioNames } from "../../core/scenarioNames";
import { judgedResponses } from "../common/judgedExchanges";
import { judgeEach } from "../common/judgeEach";
import { schemaFlaws } from "../common/schemaConformance";
import { defineCheck } from "../defineCheck";

const title = "Every pay response validates against spec/mpp.yaml";

/** schema.pay-response: every answered pay call; transport failures and input refusals are other rules' business. */
export const payResponseSchema = defineCheck({
  rule: "schema.pay-response",
  title,
  scenarios: scenarioNames,
  run(trace) {
    return judgeEach(
      title,
      judgedResponses(trace, "pay"),
      (x) => schemaFlaws("pay", x),
      "no answered pay call in this scenario",
    );
  },
});
