import { defineCheck } from "../defineCheck";
import { exchangesAt } from "../traceQueries";
import { judgeExchanges } from "./judgeExchanges";
import { refusedAsParamIllegal } from "./paramIllegal";

const title = "A schema-invalid request is answered F PARAM_ILLEGAL, not with a 5xx";

/** input.schema-invalid (facts §12.1): the "schema-invalid:<api>:<what>" steps, derived from the spec. */
export const inputSchemaInvalid = defineCheck({
  rule: "input.schema-invalid",
  title,
  scenarios: ["invalid-input"],
  run: (trace) =>
    judgeExchanges(
      title,
      exchangesAt(trace, "schema-invalid:"),
      (x) => {
        const what = x.step.split(":").slice(2).join(":");
        return refusedAsParamIllegal(
          x,
          `a request with ${what.replace(":", " ")}`,
          `Validate every request against the spec before using it (e.g. with the kit's generated validators) and refuse a violation — here ${what} — with HTTP 200 and result {resultStatus: F, resultCode: PARAM_ILLEGAL}, naming the field in resultMessage.`,
        );
      },
      "no schema-invalid request was recorded",
    ),
});
