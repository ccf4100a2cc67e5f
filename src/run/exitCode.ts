import type { RuleVerdict } from "../core/verdicts";
/**
 * The exit code of a run: one small pure decision, so CI can tell "the MPP is broken" from
 * "the kit could not judge it" from "the command was wrong".
 *
 *   0  every rule the gate covers was judged and passed (waived ones aside)
 *   1  a rule failed that --fail-on gates on (MUST by default; SHOULD too with --fail-on should),
 *      or a waiver expired (renew or remove it)
 *   2  usage or configuration error (bad flags, config or waivers file): nothing was judged
 *   3  incomplete: a MUST rule was not judged (driver, SMS outbox, overrun, kit error, a failed
 *      earlier step), or a scenario did not finish; --allow-incomplete accepts that
 *
 * A failure outranks incompleteness: a MUST that failed is a verdict on the MPP whatever else
 * could not be judged.
 */

export const exitCodes = { passed: 0, failed: 1, usage: 2, incomplete: 3 } as const;
export type ExitCode = (typeof exitCodes)[keyof typeof exitCodes];

export type FailOn = "must" | "should" | "none";

export interface RunOutcome {
  verdicts: readonly Pick<RuleVerdict, "level" | "grade" | "incomplete">[];
  failOn: FailOn;
  allowIncomplete: boolean;
  /** Waivers past their date. */
  expiredWaivers: number;
  /** Scenarios that threw inside the kit or ran past their bound. */
  unfinishedScenarios: number;
}

export function exitCodeOf(run: RunOutcome): ExitCode {
  const gated = run.failOn === "none" ? [] : run.failOn === "should" ? ["fail", "warn"] : ["fail"];
  const failed = run.verdicts.some((v) => gated.includes(v.grade)) || (run.failOn !== "none" && run.expiredWaivers > 0);
  if (failed) return exitCodes.failed;
  const unjudged =
    run.verdicts.some((v) => v.level === "MUST" && v.incomplete && v.grade !== "waived") || run.unfinishedScenarios > 0;
  if (unjudged && !run.allowIncomplete) return exitCodes.incomplete;
  return exitCodes.passed;
}
