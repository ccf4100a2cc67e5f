/** Runs one check on one trace the way a run does (judge: features, scenarios) and folds the verdict. Only for tests. */
import type { Trace } from "../../core/trace";
import type { Finding } from "../../core/verdicts";
import { type Check, judge } from "../defineCheck";

export function findingsOf(check: Check, trace: Trace): Finding[] {
  return judge([trace], [check]);
}

/** fail if any finding fails, else pass if any passes, else skip — as a rule's verdict folds. */
export function verdictOf(check: Check, trace: Trace): "pass" | "fail" | "skip" | "not-judged" {
  const findings = findingsOf(check, trace);
  if (findings.length === 0) return "not-judged";
  if (findings.some((f) => f.verdict === "fail")) return "fail";
  if (findings.some((f) => f.verdict === "pass")) return "pass";
  return "skip";
}
