/**
 * The phase-1 pay calls of a trace and what each was meant to show: a payable account (S), or
 * a configured rejected account whose code the step names ("evaluation:USER_NOT_EXIST").
 */
import { statusOfCode } from "../../../generated/resultCodes";
import type { Exchange, Trace } from "../../core/trace";
import { at, sentBody } from "../traceQueries";
import type { Status } from "./answers";
import { isEvaluation } from "./order";

export type Intent = { account: "payable"; status: "S" } | { account: "rejected"; code: string; status: Status };

export function intentOf(x: Exchange): Intent {
  const code = x.step.startsWith("evaluation:") ? x.step.slice("evaluation:".length) : undefined;
  if (code === undefined) return { account: "payable", status: "S" };
  // A configured code whose table status is U (e.g. UNKNOWN_EXCEPTION) expects U; the rest F.
  return { account: "rejected", code, status: statusOfCode("pay", code) === "U" ? "U" : "F" };
}

export function evaluations(trace: Trace): Exchange[] {
  return trace.exchanges.filter((x) => x.direction === "to-mpp" && x.api === "pay" && isEvaluation(x));
}

/** Found by login id is the only way: paymentMethodId absent or "" (seed step 1 (docs/alipayplus/easy-pay-flow.md#step-1-evaluation)). */
export function byLoginIdOnly(x: Exchange): boolean {
  const request = sentBody(x);
  const id = at(request, "paymentMethod.paymentMethodId");
  return (
    (id === undefined || id === "" || id === null) &&
    typeof at(request, "paymentMethod.paymentMethodMetaData.userLoginId") === "string"
  );
}

export const evaluationScenarios = [
  "happy-path",
  "one-click",
  "evaluation-rejected",
  "evaluation-id-reuse",
  "idempotency",
] as const;
