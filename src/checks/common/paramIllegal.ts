/**
 * How invalid input must be refused (docs/alipayplus/result-codes.md#common-result-codes): result F PARAM_ILLEGAL, never a 5xx or a
 * dropped connection. The HTTP status of the refusal is http.business-errors-200's business.
 */
import type { Exchange } from "../../core/trace";
import { describeAnswer } from "../traceQueries";
import { readResult } from "./answers";
import type { Judgement } from "./judgeEach";
import { where } from "./judgeEach";

export function refusedAsParamIllegal(x: Exchange, what: string, hint: string): Judgement {
  const flaw = (received: string) => ({
    title: `${where(x)}: ${what} was answered ${x.error ? "with no answer" : `HTTP ${x.response?.status}`}`,
    expected: "result F PARAM_ILLEGAL (HTTP 200), the request refused and nothing changed",
    received,
    hint,
    path: "$.result",
  });
  if (x.error || !x.response) return flaw(describeAnswer(x));
  if (x.response.status >= 500) return flaw(describeAnswer(x));
  const reading = readResult(x);
  if (reading.kind === "unjudged") return { skip: reading.reason };
  if (reading.kind === "read" && reading.status === "F" && reading.code === "PARAM_ILLEGAL") return "holds";
  return flaw(describeAnswer(x));
}
