/**
 * The verdict on a whole run, as the CLI and the suites both decide it: rule verdicts with the
 * waivers applied, what kept the run from being complete, and the exit code. Pure.
 */
import type { Trace } from "../core/trace";
import type { RuleVerdict, SkipCause, Waiver } from "../core/verdicts";
import { type ExitCode, exitCodeOf, type FailOn } from "./exitCode";
import { unjudgedMustRules } from "./ruleVerdicts";
import { unfinished } from "./skipCause";
import { applyWaivers } from "./waivers";

export interface RunPolicy {
  failOn: FailOn;
  allowIncomplete: boolean;
  waivers: readonly Waiver[];
  /** YYYY-MM-DD (UTC), for waiver expiry. */
  today: string;
  /** The scenarios chosen with --scenario, when the run is a subset. */
  subset?: readonly string[];
}

export interface RunVerdict {
  verdicts: RuleVerdict[];
  /** MUST rules the run should have judged and did not. */
  unjudged: RuleVerdict[];
  /** Scenarios that threw inside the kit or ran past their bound. */
  unfinished: SkipCause[];
  expiredWaivers: Waiver[];
  staleWaivers: Waiver[];
  policy: RunPolicy;
  exitCode: ExitCode;
}

export function runVerdict(
  result: { verdicts: readonly RuleVerdict[]; traces: readonly Trace[] },
  policy: RunPolicy,
): RunVerdict {
  const { verdicts, expired, stale } = applyWaivers(result.verdicts, policy.waivers, policy.today);
  const cut = result.traces.map(unfinished).filter((c): c is SkipCause => c !== undefined);
  const exitCode = exitCodeOf({
    verdicts,
    failOn: policy.failOn,
    allowIncomplete: policy.allowIncomplete,
    expiredWaivers: expired.length,
    unfinishedScenarios: cut.length,
  });
  return {
    verdicts,
    unjudged: unjudgedMustRules(verdicts),
    unfinished: cut,
    expiredWaivers: expired,
    staleWaivers: stale,
    policy,
    exitCode,
  };
}
