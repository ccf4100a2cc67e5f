import { judgeEach } from "../common/judgeEach";
import { refusedAsParamIllegal } from "../common/paramIllegal";
import { defineCheck } from "../defineCheck";
import { exchangesAt } from "../traceQueries";

const title = "A body that is not JSON is answered F PARAM_ILLEGAL, not with a 5xx or a dropped connection";

/** input.malformed-json (docs/alipayplus/result-codes.md#common-result-codes): the "malformed-json:<api>" steps. */
export const inputMalformedJson = defineCheck({
  rule: "input.malformed-json",
  title,
  scenarios: ["invalid-input"],
  run: (trace) =>
    judgeEach(
      title,
      exchangesAt(trace, "malformed-json:"),
      (x) =>
        refusedAsParamIllegal(
          x,
          "a body that is not JSON",
          "Catch the JSON parse error before any business logic and answer HTTP 200 with a signed result {resultStatus: F, resultCode: PARAM_ILLEGAL}; Alipay+ reads a 5xx or a dropped connection as 'unknown' and retries.",
        ),
      "no malformed request was recorded",
    ),
});
