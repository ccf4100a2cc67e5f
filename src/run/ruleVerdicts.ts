/**
 * Folds the findings of a run into one verdict per rule of the catalogue: the answer a user
 * wants first ("which rules does my MPP break?"). Pure.
 */
import { ruleIds, rules, type RuleId, type RuleLevel } from "../../generated/rules";
import type { Finding, Verdict } from "../checks/finding";

export interface RuleVerdict {
  rule: RuleId;
  level: RuleLevel;
  text: string;
  verdict: Verdict;
  /** The findings behind the verdict: the failures when it failed, else all. */
  findings: Finding[];
  /** Why the rule was skipped or is not testable. */
  reason?: string;
}

/**
 * fail if any finding fails; else pass if any passes; else skip (with the first reason);
 * rules marked `testable: false` are "not-testable" whatever happened; a testable rule that no
 * scenario judged is a skip that says so — never a silent pass.
 */
export function ruleVerdicts(findings: readonly Finding[]): RuleVerdict[] {
  return ruleIds.map((id) => {
    const rule = rules[id] as (typeof rules)[RuleId] & { testable?: false; reason?: string };
    const base = { rule: id, level: rule.level, text: rule.text };
    if (rule.testable === false) return { ...base, verdict: "not-testable", findings: [], reason: rule.reason };
    const mine = findings.filter((f) => f.rule === id);
    const failures = mine.filter((f) => f.verdict === "fail");
    if (failures.length > 0) return { ...base, verdict: "fail", findings: failures };
    if (mine.some((f) => f.verdict === "pass")) return { ...base, verdict: "pass", findings: mine };
    const skipped = mine.find((f) => f.verdict === "skip");
    return { ...base, verdict: "skip", findings: mine, reason: skipped?.hint ?? "no scenario of this run judged the rule" };
  });
}

/** A run fails when any MUST rule fails; SHOULD failures are warnings. */
export function runFailed(verdicts: readonly RuleVerdict[]): boolean {
  return verdicts.some((v) => v.verdict === "fail" && v.level === "MUST");
}
