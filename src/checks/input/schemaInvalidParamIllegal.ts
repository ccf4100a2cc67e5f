import type { Exchange } from "../../core/trace";
import { describeReading, readResult } from "../common/answers";
import { type Judgement, judgeEach, where } from "../common/judgeEach";
import { defineCheck } from "../defineCheck";
import { describeAnswer, exchangesAt } from "../traceQueries";
import { violationOf } from "./schemaInvalid";

const title = "A schema-invalid request is answered F PARAM_ILLEGAL naming the offending field";

/** "paymentAmount.value" and "value": either names the field in a message. */
function fieldNames(x: Exchange): string[] {
  const path = violationOf(x).split(":").slice(1).join(":");
  const leaf = path.split(".").pop() ?? path;
  return [path, leaf].filter((name) => name !== "");
}

function judgeOne(x: Exchange): Judgement {
  if (x.error || !x.response || x.response.status >= 500)
    return { skip: `${x.step}: ${describeAnswer(x)} (input.schema-invalid reports it)` };
  const reading = readResult(x);
  if (reading.kind === "unjudged") return { skip: reading.reason };
  if (reading.kind === "unreadable") return { skip: `${x.step}: no result envelope (input.schema-invalid reports it)` };
  const field = violationOf(x);
  if (reading.status !== "F" || reading.code !== "PARAM_ILLEGAL") {
    return {
      title: `${where(x)}: a request with ${field.replace(":", " ")} was answered ${describeReading(reading)}`,
      expected: "result F PARAM_ILLEGAL",
      received: describeAnswer(x),
      hint: `Validate every request against the spec and refuse a violation — here ${field} — with result {resultStatus: F, resultCode: PARAM_ILLEGAL}, naming the field in resultMessage.`,
      path: "$.result",
    };
  }
  const message = typeof reading.result.resultMessage === "string" ? reading.result.resultMessage : "";
  const names = fieldNames(x);
  if (names.some((name) => message.toLowerCase().includes(name.toLowerCase()))) return "holds";
  return {
    title: `${where(x)}: PARAM_ILLEGAL for ${field.replace(":", " ")} does not say which field`,
    expected: `a resultMessage naming ${names.map((n) => JSON.stringify(n)).join(" or ")}`,
    received: `resultMessage ${JSON.stringify(reading.result.resultMessage)}`,
    hint: "Put the offending field and what is wrong with it in resultMessage (e.g. the validator's own message): an integrator reading Alipay+'s logs then knows what to fix.",
    path: "$.result.resultMessage",
  };
}

/** input.schema-invalid-param-illegal (docs/alipayplus/result-codes.md#common-result-codes): the same steps as input.schema-invalid. */
export const inputSchemaInvalidParamIllegal = defineCheck({
  rule: "input.schema-invalid-param-illegal",
  title,
  scenarios: ["invalid-input"],
  run: (trace) =>
    judgeEach(title, exchangesAt(trace, "schema-invalid:"), judgeOne, "no schema-invalid request was recorded"),
});
