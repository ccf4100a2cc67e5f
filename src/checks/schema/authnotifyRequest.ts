import { scenarioNames } from "../../core/scenarioNames";
import { judgedCallbacks } from "../common/judgedExchanges";
import { judgeEach } from "../common/judgeEach";
import { schemaFlaws } from "../common/schemaConformance";
import { defineCheck } from "../defineCheck";

const title = "Every authNotify request validates against spec/alipayplus.yaml";

/** schema.authnotify-request: every authNotify the target sent, whatever payment it is about. */
export const authNotifyRequestSchema = defineCheck({
  rule: "schema.authnotify-request",
  title,
  scenarios: scenarioNames,
  run(trace) {
    return judgeEach(
      title,
      judgedCallbacks(trace, "authNotify"),
      (x) => schemaFlaws("authNotify", x),
      "the target sent no authNotify in this scenario",
    );
  },
});
