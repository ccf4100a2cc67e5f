/**
 * Folds the findings of a run into one verdict per rule of the catalogue: the answer a user
 * wants first ("which rules does my MPP break?"). A rule's cases are the scenarios its check
 * judges; the verdict is pass only when no case that should have been judged went unjudged.
 * Pure.
 */
import { type RuleId, ruleIds, rules } from "../../generated/rules";
import type { Trace } from "../core/trace";
import type { CaseStatus, Finding, RuleCase, RuleVerdict, SkipCause } from "../core/verdicts";
import { causeOfReason, featureNotDeclared, notInRun, traceTrouble } from "./skipCause";

export interface VerdictContext {
  /** The traces judged: which scenarios ran, and what kept any of them from being judged. */
  traces?: readonly Trace[];
  /** The scenarios each rule's checks judge (its cases); defaults to those with findings. */
  ruleScenarios?: ReadonlyMap<RuleId, readonly string[]>;
}

function caseOf(scenario: string, mine: readonly Finding[], trace: Trace | undefined, traced: boolean): RuleCase {
  if (traced && !trace) return { scenario, status: "not-run" };
  const here = mine.filter((f) => f.scenario === scenario);
  if (here.some((f) => f.verdict === "fail")) return { scenario, status: "fail" };
  if (here.some((f) => f.verdict === "pass")) return { scenario, status: "pass" };
  const reason = here.find((f) => f.verdict === "skip")?.hint ?? "the check recorded nothing for this scenario";
  const feature = featureNotDeclared(reason);
  if (feature) return { scenario, status: "feature-not-declared", cause: feature };
  const trouble = trace && traceTrouble(trace);
  if (trouble) return { scenario, status: "not-judged", cause: trouble };
  // A skip that names the rule reporting an earlier failure is a case lost, not one absent.
  const cause = causeOfReason(reason);
  return { scenario, status: cause.kind === "prerequisite" ? "not-judged" : "no-occasion", cause };
}

const describeCases = (cases: readonly RuleCase[], status: CaseStatus) =>
  cases
    .filter((c) => c.status === status)
    .map((c) => c.scenario)
    .join(", ");

/** The one-line reason of a rule that was not (fully) judged. */
function skipReason(cases: readonly RuleCase[], cause: SkipCause): string {
  const passed = describeCases(cases, "pass");
  const gaps = cases.filter((c) => c.status === "not-judged");
  const notJudged = gaps.length ? gaps : cases.filter((c) => c.status === "no-occasion");
  const where =
    notJudged.length && cause.kind !== "not-in-run" && cause.kind !== "feature-not-declared"
      ? `not judged in ${notJudged.map((c) => c.scenario).join(", ")}: `
      : "";
  return `${passed ? `passed in ${passed}, but ` : ""}${where}${cause.summary}`;
}

function verdictOf(id: RuleId, findings: readonly Finding[], context: VerdictContext): RuleVerdict {
  const rule = rules[id] as (typeof rules)[RuleId] & { testable?: false; reason?: string };
  const base = { rule: id, level: rule.level, text: rule.text, incomplete: false };
  if (rule.testable === false)
    return { ...base, verdict: "not-testable", grade: "not-testable", findings: [], cases: [], reason: rule.reason };
  const mine = findings.filter((f) => f.rule === id);
  const traced = context.traces !== undefined;
  const scenarios = context.ruleScenarios?.get(id) ?? [...new Set(mine.map((f) => f.scenario))];
  const cases = scenarios.map((s) =>
    caseOf(
      s,
      mine,
      context.traces?.find((t) => t.scenario === s),
      traced,
    ),
  );
  const failures = mine.filter((f) => f.verdict === "fail");
  if (failures.length > 0)
    return { ...base, verdict: "fail", grade: rule.level === "MUST" ? "fail" : "warn", findings: failures, cases };

  const ran = cases.filter((c) => c.status !== "not-run");
  if (ran.length === 0) {
    // Known checks but none covers the rule: left out of this run (e.g. a chosen set of checks).
    const leftOut = scenarios.length > 0 || context.ruleScenarios !== undefined;
    const cause: SkipCause = scenarios.length
      ? notInRun(scenarios)
      : leftOut
        ? { kind: "not-in-run", summary: "no check of this run judges the rule", fix: "run with every check" }
        : { kind: "no-evidence", summary: "no scenario of this run judged the rule", fix: "run every scenario" };
    return {
      ...base,
      verdict: "skip",
      grade: "skip",
      findings: mine,
      cases,
      cause,
      reason: cause.summary,
      incomplete: !leftOut,
    };
  }
  const gap = ran.find((c) => c.status === "not-judged" || c.status === "feature-not-declared");
  const passed = ran.some((c) => c.status === "pass");
  // Nothing to judge where it ran, and the scenarios that would have judged it left out: a
  // subset's choice, not a gap.
  const leftOut =
    !gap && !passed && ran.length < cases.length
      ? notInRun(cases.filter((c) => c.status === "not-run").map((c) => c.scenario))
      : undefined;
  const cause = gap?.cause ?? leftOut ?? (passed ? undefined : ran[0]!.cause);
  if (!cause) return { ...base, verdict: "pass", grade: "pass", findings: mine, cases };
  const incomplete = cause.kind !== "feature-not-declared" && cause.kind !== "not-in-run";
  return {
    ...base,
    verdict: "skip",
    grade: "skip",
    findings: mine,
    cases,
    cause,
    reason: skipReason(cases, cause),
    incomplete,
  };
}

/**
 * fail if any finding fails; else pass if some case passed and no case that should have
 * judged the rule went unjudged; else skip with the cause. Rules marked `testable: false` are
 * "not-testable" whatever happened; a testable rule no scenario judged is a skip that says so
 * — never a silent pass.
 */
export function ruleVerdicts(findings: readonly Finding[], context: VerdictContext = {}): RuleVerdict[] {
  return ruleIds.map((id) => verdictOf(id, findings, context));
}

/** A run fails when any MUST rule fails (and is not waived); SHOULD failures are warnings. */
export function runFailed(verdicts: readonly RuleVerdict[]): boolean {
  return verdicts.some((v) => v.grade === "fail");
}

/** The MUST rules the run should have judged and did not: they make it incomplete. */
export function unjudgedMustRules(verdicts: readonly RuleVerdict[]): RuleVerdict[] {
  return verdicts.filter((v) => v.level === "MUST" && v.incomplete && v.grade !== "waived");
}
