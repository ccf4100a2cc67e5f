import { scenarioNames } from "../../core/scenarioNames";
import { judgedCallbacks } from "../common/judgedExchanges";
import { judgeEach } from "../common/judgeEach";
import { schemaFlaws } from "../common/schemaConformance";
import { defineCheck } from "../defineCheck";

const title = "Every notifyPayment request validates against spec/alipayplus.yaml";

/** schema.notify-request: every notifyPayment the target sent, whatever payment it is about. */
export const notifyRequestSchema = defineCheck({
  rule: "schema.notify-request",
  title,
  scenarios: scenarioNames,
  run(trace) {
    return judgeEach(
      title,
      judgedCallbacks(trace, "notifyPayment"),
      (x) => schemaFlaws("notifyPayment", x),
      "the target sent no notifyPayment in this scenario",
    );
  },
});
