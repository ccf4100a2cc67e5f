import { scenarioNames } from "../../core/scenarioNames";
import type { Exchange } from "../../core/trace";
import { answeredCalls } from "../common/judgedExchanges";
import { type Flaw, judgeEach, type NoEvidence, where } from "../common/judgeEach";
import { defineCheck } from "../defineCheck";
import { describeAnswer, describeResult, resultOf } from "../traceQueries";

const title = "Business errors are answered with HTTP 200 and the error in `result`";

/** input.oversized-body allows a 4xx refusal of an oversized body; that answer is not a business error. */
const mayRefuseWith4xx = (x: Exchange) =>
  x.step === "oversized" && (x.response?.status ?? 0) >= 400 && (x.response?.status ?? 0) < 500;

function flawOf(x: Exchange): Flaw | NoEvidence | undefined {
  const status = x.response?.status ?? 0;
  const result = resultOf(x);
  if (status === 200) {
    // A 200 shows the rule kept only when it carries the outcome in `result`; an HTML page or
    // a bare 200 shows nothing (values.result-envelope and the schema rules report it).
    return typeof result?.resultStatus === "string"
      ? undefined
      : { skip: `${where(x)} answered HTTP 200 without a result: ${describeAnswer(x)}` };
  }
  return {
    title: `${where(x)} answered HTTP ${status}`,
    expected: "HTTP 200, with the outcome (S, F or U and its code) in `result`",
    received: result ? `HTTP ${status} with ${describeResult(result)}` : describeAnswer(x),
    hint:
      `Alipay+'s SDK treats any HTTP status other than 200 as a transport error and never reads the body. Answer 200 and put the ` +
      `error in result (e.g. F PARAM_ILLEGAL, F INVALID_SIGNATURE, U UNKNOWN_EXCEPTION for an internal error).`,
    path: "$.result",
  };
}

/** http.business-errors-200: every answered pay / inquiryPayment, the oversized-body refusal aside. */
export const businessErrors200 = defineCheck({
  rule: "http.business-errors-200",
  title,
  scenarios: scenarioNames,
  run(trace) {
    const judged = answeredCalls(trace).filter((x) => !mayRefuseWith4xx(x));
    return judgeEach(title, judged, flawOf, "no answered pay or inquiryPayment call in this scenario");
  },
});
