/**
 * What the report writers read: plain data handed in by the caller, so the report layer needs
 * nothing from src/run. A rule verdict is read structurally and defensively — verdict values
 * are open strings (new grades such as "warn" or "waived" render without changes here), and
 * optional fields a newer roll-up adds (grade, cases, skip cause, waiver) are shown when present.
 */

import type { Trace } from "../core/trace";
import type { Finding } from "../core/verdicts";

export interface VerdictView {
  rule: string;
  level: string;
  text: string;
  verdict: string;
  findings: readonly Finding[];
  reason?: string;
}

export interface RunView {
  traces: readonly Trace[];
  /** Every finding of the run (all cases, not only the failures). */
  findings: readonly Finding[];
  verdicts: readonly VerdictView[];
  durationMs: number;
}

/** Facts about the run that are not in the result: who, where, how. */
export interface RunMeta {
  runId: string;
  startedAt: number;
  targetUrl: string;
  embedded: boolean;
  faults: readonly string[];
  scenarios: readonly string[];
  profile: string;
  driver: string;
  kitVersion: string;
  specHash: string;
}

/** An optional field of a verdict, if the roll-up that made it provides one. */
export function extraField(verdict: VerdictView, name: string): unknown {
  return (verdict as unknown as Record<string, unknown>)[name];
}

/** The grade shown for a rule: a newer roll-up's `grade` when present, else its verdict. */
export function gradeOf(verdict: VerdictView): string {
  const grade = extraField(verdict, "grade");
  return typeof grade === "string" && grade !== "" ? grade : verdict.verdict;
}

/** The rule area: the id's first segment ("order" for "order.never-success"). */
export const areaOf = (rule: string): string => rule.split(".")[0] ?? rule;

/** Worst first. Unknown grades sit between failures and skips: shown, never hidden as passes. */
const severity = ["fail", "incomplete", "expired", "warn", "unknown", "skip", "not-testable", "waived", "pass"];
export function gradeRank(grade: string): number {
  const i = severity.indexOf(grade);
  return i >= 0 ? i : severity.indexOf("unknown");
}

export function worstGrade(grades: readonly string[]): string | undefined {
  return [...grades].sort((a, b) => gradeRank(a) - gradeRank(b))[0];
}

/**
 * The run's (or a scenario's) headline: the worst grade that is a problem (fail, incomplete,
 * warn, or an unknown one); "pass" when none is — skipped, not-testable and waived rules are
 * counted, not headlined.
 */
export function headlineGrade(grades: readonly string[]): string {
  const problems = grades.filter((g) => gradeRank(g) < gradeRank("skip"));
  return worstGrade(problems) ?? "pass";
}

/** Counts per grade, in severity order. */
export function countGrades(verdicts: readonly VerdictView[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const grade of verdicts.map(gradeOf).sort((a, b) => gradeRank(a) - gradeRank(b)))
    counts[grade] = (counts[grade] ?? 0) + 1;
  return counts;
}

/** A URL as reports show it: user:password@ removed. */
export function displayUrl(url: string): string {
  return url.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^/@]*@/i, "$1");
}
