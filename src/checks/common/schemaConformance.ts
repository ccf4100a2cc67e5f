/**
 * The schema rules: what the target produced, validated by the validators generated from spec/
 * (AJV, compiled ahead of time). One helper for the four operations so they report alike.
 */
import { type Operation, validate } from "../../../generated/validate";
import { show } from "../../core/secrets";
import type { Exchange } from "../../core/trace";
import { describeAnswer } from "../traceQueries";
import type { Flaw } from "./judgeEach";
import { where } from "./judgeEach";

const specOf = (op: Operation) => (op === "pay" || op === "inquiryPayment" ? "spec/mpp.yaml" : "spec/alipayplus.yaml");

/** The schema flaws of the body the target produced in `x` (its response, or its callback request). */
export function schemaFlaws(op: Operation, x: Exchange): Flaw[] {
  const side = x.direction === "to-mpp" ? x.response : x.request;
  const dir = x.direction === "to-mpp" ? "response" : "request";
  const body = side?.json;
  if (body === undefined) {
    return [
      {
        title: `${where(x)}: the ${dir} body is not JSON`,
        expected: `a JSON ${op} ${dir} as ${specOf(op)} describes`,
        received: x.direction === "to-mpp" ? describeAnswer(x) : `${side?.body.slice(0, 200) ?? "no body"}`,
        hint: `Send application/json bodies; Alipay+ cannot read anything else.`,
        path: "$",
      },
    ];
  }
  const verdict = validate(op, dir, body);
  if (verdict.valid) return [];
  // The generated messages name the path and mask secrets (accessToken, …) themselves.
  const errors = verdict.errors;
  const listed = errors.slice(0, 5).map((e) => e.message);
  const more = errors.length > 5 ? ` (+${errors.length - 5} more)` : "";
  return [
    {
      title: `${where(x)}: the ${dir} does not validate against ${specOf(op)}`,
      expected: `the ${op} ${dir} as ${specOf(op)} describes it`,
      received: `${listed.join("; ")}${more}; body ${show(body, 200)}`,
      hint:
        `Make the ${op} ${dir} match ${specOf(op)}: ${listed[0]}. generated/validate.ts runs the same validation; ` +
        `call validate("${op}", "${dir}", body) in your own tests to catch this before a run.`,
      path: errors[0]?.path ?? "$",
    },
  ];
}
