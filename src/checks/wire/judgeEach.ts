/**
 * Most wire rules judge many exchanges of one trace the same way. judgeEach folds them into
 * outcomes: one fail per flaw (each with its own evidence), else one pass citing every exchange
 * judged, else one skip saying why nothing was judged.
 */
import type { Exchange } from "../../core/trace";
import { fail, pass, skip, type Outcome } from "../defineCheck";
import { evidenceOf } from "../traceQueries";

/** What is wrong with one exchange: the fields of a fail, plus where in the body. */
export interface Flaw {
  title: string;
  expected: string;
  received: string;
  hint: string;
  /** JSON path into the side the target produced, e.g. "$.result.resultStatus". */
  path?: string;
}

/** An exchange that shows nothing about the rule (e.g. an HTML page where a result was due): why. */
export interface NoEvidence {
  skip: string;
}

const isNoEvidence = (v: unknown): v is NoEvidence => typeof v === "object" && v !== null && "skip" in v;

/**
 * Positive evidence only: the pass cites the exchanges that showed the rule kept; exchanges that
 * showed nothing (NoEvidence) never count toward it, and when none showed anything the rule skips.
 */
export function judgeEach(
  title: string,
  exchanges: readonly Exchange[],
  flawsOf: (x: Exchange) => Flaw | readonly Flaw[] | NoEvidence | undefined,
  nothingToJudge: string,
): Outcome[] {
  if (exchanges.length === 0) return [skip(title, nothingToJudge)];
  const held: Exchange[] = [];
  const skipped: string[] = [];
  const failures: Outcome[] = [];
  for (const x of exchanges) {
    const judged = flawsOf(x);
    if (isNoEvidence(judged)) { skipped.push(judged.skip); continue; }
    const flaws = [judged ?? []].flat();
    if (flaws.length === 0) held.push(x);
    for (const flaw of flaws) {
      failures.push(fail({ title: flaw.title, expected: flaw.expected, received: flaw.received, hint: flaw.hint, evidence: [evidenceOf(x, flaw.path)] }));
    }
  }
  if (failures.length > 0) return failures;
  if (held.length > 0) return [pass(title, ...held.map((x) => evidenceOf(x)))];
  return [skip(title, [...new Set(skipped)].join("; "))];
}

export { where } from "../traceQueries";
