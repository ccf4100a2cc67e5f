/**
 * What the kit concludes, as every layer shares it: a Finding is one check's judgement of one
 * trace; a RuleVerdict folds a rule's findings across the run (computed in src/run, rendered in
 * src/report); a SkipCause says why something was not judged.
 */
import type { RuleId, RuleLevel } from "../../generated/rules";

export type Verdict = "pass" | "fail" | "skip" | "not-testable";

/** Where in the trace the evidence is: an exchange, and optionally a JSON path in it. */
export interface Evidence {
  exchangeId?: string;
  /** "request" or "response" side of the exchange. */
  side?: "request" | "response";
  /** JSON path into the body, e.g. "$.result.resultStatus". */
  path?: string;
  api?: string;
  step?: string;
}

/** The judgement of one rule on one trace. */
export interface Finding {
  rule: RuleId;
  level: RuleLevel;
  verdict: Verdict;
  scenario: string;
  /** One line: what was judged, e.g. "phase-2 pay answered S". */
  title: string;
  evidence: Evidence[];
  expected?: string;
  received?: string;
  /** What to change in the MPP (fail) or why the rule was skipped (skip, not-testable). */
  hint?: string;
}

export type SkipCauseKind =
  /** The target does not declare the optional feature: a skip that never counts against a run. */
  | "feature-not-declared"
  /** The rule's scenarios were left out of this run (--scenario). */
  | "not-in-run"
  /** The SMS code the driver must type never showed up in the outbox. */
  | "sms-code"
  /** verification.outboxUrl answered an error or could not be reached. */
  | "outbox"
  /** A configured verification step found nothing to act on, or the driver ran out of time. */
  | "driver"
  /** A scenario ran past its bound and was cut short. */
  | "overtime"
  /** The kit itself threw: a bug to file, not the MPP's fault. */
  | "kit-error"
  /** An earlier step failed (another rule reports it), so this one had nothing to judge. */
  | "prerequisite"
  /** Nothing in the run gave the rule something to judge. */
  | "no-evidence";

export interface SkipCause {
  kind: SkipCauseKind;
  /** One line: what went wrong, e.g. "verification.outboxUrl answered HTTP 404". */
  summary: string;
  /** The most likely fix, in the user's terms. */
  fix: string;
  /** More detail for the report, e.g. the stack of a kit error. */
  detail?: string;
  /** For a prerequisite: the rules that report the earlier failure. */
  reportedBy?: string[];
}

/**
 * pass, fail (a MUST failed), warn (a SHOULD failed), skip (not judged; see cause),
 * not-testable (no black-box test can judge it), waived (a failure or gap the user accepted).
 */
export type Grade = "pass" | "fail" | "warn" | "skip" | "not-testable" | "waived";

/**
 * One case of a rule: a scenario that judges it.
 * - pass / fail: judged;
 * - not-judged: the scenario should have judged it but could not (cause says why: trouble in
 *   the scenario, or an earlier step another rule reports);
 * - no-occasion: the scenario ran cleanly and gave the rule nothing to judge (e.g. no callback
 *   in an evaluation); harmless when another case judged the rule;
 * - feature-not-declared, not-run: left out by the user's own choice.
 */
export type CaseStatus = "pass" | "fail" | "not-judged" | "no-occasion" | "feature-not-declared" | "not-run";

export interface RuleCase {
  scenario: string;
  status: CaseStatus;
  /** Why the case was not judged (not-judged, no-occasion, feature-not-declared, not-run). */
  cause?: SkipCause;
}

/** A failure (or gap) a pipeline knowingly accepts until a date, as the waivers file states it. */
export interface Waiver {
  rule: RuleId;
  scenario?: string;
  reason: string;
  /** YYYY-MM-DD: the last day (UTC) the waiver holds. */
  expires: string;
}

/** An accepted failure (see src/run/waivers.ts); the rule shows as waived everywhere. */
export interface AppliedWaiver {
  reason: string;
  /** YYYY-MM-DD, the last day the waiver holds. */
  expires: string;
  scenario?: string;
}

export interface RuleVerdict {
  rule: RuleId;
  level: RuleLevel;
  text: string;
  verdict: Verdict;
  /** The findings behind the verdict: the failures when it failed, else all. */
  findings: Finding[];
  /** Why the rule was skipped or is not testable, in one line. */
  reason?: string;
  /** The grade to show; differs from `verdict` for SHOULD failures (warn) and waivers. */
  grade: Grade;
  /** Every case of the rule, judged or not, with the reason. */
  cases: RuleCase[];
  /** Why the rule was not (fully) judged: set with grade skip. */
  cause?: SkipCause;
  /**
   * A testable rule the run should have judged and did not (fully): not an undeclared
   * feature, not a scenario left out on purpose, not waived. For a MUST rule this makes the
   * run incomplete.
   */
  incomplete: boolean;
  waiver?: AppliedWaiver;
}
