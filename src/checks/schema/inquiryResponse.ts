import { scenarioNames } from "../../core/scenarioNames";
import { judgedResponses } from "../common/judgedExchanges";
import { judgeEach } from "../common/judgeEach";
import { schemaFlaws } from "../common/schemaConformance";
import { defineCheck } from "../defineCheck";

const title = "Every inquiryPayment response validates against spec/mpp.yaml";

/** schema.inquiry-response: every answered inquiryPayment call; transport failures and input refusals are other rules' business. */
export const inquiryResponseSchema = defineCheck({
  rule: "schema.inquiry-response",
  title,
  scenarios: scenarioNames,
  run(trace) {
    return judgeEach(
      title,
      judgedResponses(trace, "inquiryPayment"),
      (x) => schemaFlaws("inquiryPayment", x),
      "no answered inquiryPayment call in this scenario",
    );
  },
});
