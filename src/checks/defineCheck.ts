/**
 * One rule, one check: a small named pure function over a Trace. A check never makes an HTTP
 * call; it only reads what the scenario recorded. Its level comes from spec/rules.yaml.
 */
import { type RuleId, rules } from "../../generated/rules";
import type { ScenarioName } from "../core/scenarioNames";
import type { Trace } from "../core/trace";
import type { Evidence, Finding } from "../core/verdicts";

/** What a check says about one trace, before the rule's metadata is attached. */
export type Outcome =
  | { verdict: "pass"; title: string; evidence: Evidence[] }
  | { verdict: "fail"; title: string; evidence: Evidence[]; expected: string; received: string; hint: string }
  | { verdict: "skip"; title: string; reason: string };

export interface Check {
  rule: RuleId;
  /** What the check claims, as a sentence about the MPP. */
  title: string;
  /** The scenarios whose traces it judges; other traces are not its business. */
  scenarios: readonly ScenarioName[];
  /** Judges one trace; may return several outcomes (e.g. one per exchange). */
  run(trace: Trace): Outcome | Outcome[];
}

export function defineCheck(check: Check): Check {
  return check;
}

export const pass = (title: string, ...evidence: Evidence[]): Outcome => ({ verdict: "pass", title, evidence });

export const fail = (failure: {
  title: string;
  expected: string;
  received: string;
  hint: string;
  evidence: Evidence[];
}): Outcome => ({
  verdict: "fail",
  ...failure,
});

export const skip = (title: string, reason: string): Outcome => ({ verdict: "skip", title, reason });

/**
 * Runs every check on every trace of its scenarios. Rules of undeclared features are skipped
 * with the reason, never run; rules marked untestable are reported as such.
 */
export function judge(traces: readonly Trace[], checks: readonly Check[]): Finding[] {
  const findings: Finding[] = [];
  for (const check of checks) {
    const rule = rules[check.rule] as (typeof rules)[RuleId] & { feature?: string };
    for (const trace of traces.filter((t) => (check.scenarios as readonly string[]).includes(t.scenario))) {
      const base = { rule: check.rule, level: rule.level, scenario: trace.scenario } as const;
      if (rule.feature && !trace.features.includes(rule.feature as never)) {
        findings.push({
          ...base,
          verdict: "skip",
          title: check.title,
          evidence: [],
          hint: `the target does not declare the optional feature '${rule.feature}'`,
        });
        continue;
      }
      const outcomes = [check.run(trace)].flat();
      for (const outcome of outcomes) {
        if (outcome.verdict === "skip")
          findings.push({ ...base, verdict: "skip", title: outcome.title, evidence: [], hint: outcome.reason });
        else if (outcome.verdict === "pass")
          findings.push({ ...base, verdict: "pass", title: outcome.title, evidence: outcome.evidence });
        else {
          const { verdict, title, evidence, expected, received, hint } = outcome;
          findings.push({ ...base, verdict, title, evidence, expected, received, hint });
        }
      }
    }
  }
  return findings;
}
