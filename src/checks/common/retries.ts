/**
 * Callback retry rules read the attempts of one callback in arrival order, with how the
 * simulator answered each (Exchange.answeredWith): "S", "U", "F", "http-500", "no-answer",
 * "bad-signature".
 */
import type { Exchange } from "../../core/trace";
import { fail, type Outcome, pass, skip } from "../defineCheck";
import { evidenceOf } from "../traceQueries";

/** How the simulator's answer reads in a message. */
export function describeAcknowledgement(answer: string | undefined): string {
  switch (answer) {
    case "no-answer":
      return "no answer (the simulator held the connection open)";
    case "http-500":
      return "HTTP 500";
    case "bad-signature":
      return "S with a Signature that does not verify";
    case undefined:
      return "an unrecorded answer";
    default:
      return `result ${answer}`;
  }
}

export interface RetryRule {
  title: string;
  /** Answers after which the MPP must try again. */
  needsRetry: (answer: string) => boolean;
  hint: string;
  /** When no attempt needed a retry: why the rule could not be judged. */
  notExercised: string;
}

/**
 * Every attempt that called for a retry was followed by another attempt. Attempts are in arrival
 * order, so only the last one can lack a follower. `watchedUntil` (the trace's end) says how long
 * the kit listened for that follower: the retry schedule is the MPP's own, and a schedule slower
 * than the kit's wait must read as that, not as "never retries".
 */
export function judgeRetries(attempts: readonly Exchange[], rule: RetryRule, watchedUntil?: number): Outcome {
  const needsRetry = (x: Exchange) => rule.needsRetry(x.answeredWith ?? "S");
  if (!attempts.some(needsRetry)) return skip(rule.title, rule.notExercised);
  const last = attempts[attempts.length - 1];
  if (!last || !needsRetry(last)) return pass(rule.title, ...attempts.map((x) => evidenceOf(x)));
  const watchedMs = watchedUntil === undefined ? undefined : watchedUntil - (last.startedAt + last.durationMs);
  const listened =
    watchedMs !== undefined && watchedMs >= 0
      ? ` in the ${(watchedMs / 1000).toFixed(1)} s the kit kept listening`
      : "";
  return fail({
    title: `${last.api} was not sent again after ${describeAcknowledgement(last.answeredWith)}`,
    expected: `another ${last.api} attempt after attempt ${attempts.indexOf(last) + 1}, until Alipay+ acknowledges with S`,
    received: `${attempts.length} attempt(s): ${attempts.map((x) => describeAcknowledgement(x.answeredWith)).join(", ")}; nothing after the last${listened}`,
    hint: listened
      ? `${rule.hint} If your MPP does retry, but later than that, raise timing.callbackWaitMs in the kit's config.`
      : rule.hint,
    evidence: [evidenceOf(last)],
  });
}
