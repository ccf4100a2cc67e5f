/**
 * Most wire rules judge many exchanges of one trace the same way. judgeEach folds them into
 * outcomes: one fail per flaw (each with its own evidence), else one pass citing every exchange
 * judged, else one skip saying why nothing was judged.
 */
import type { Exchange } from "../../trace";
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

export function judgeEach(
  title: string,
  exchanges: readonly Exchange[],
  flawsOf: (x: Exchange) => Flaw | readonly Flaw[] | undefined,
  nothingToJudge: string,
): Outcome[] {
  if (exchanges.length === 0) return [skip(title, nothingToJudge)];
  const failures = exchanges.flatMap((x) =>
    [flawsOf(x) ?? []].flat().map((flaw) =>
      fail({ title: flaw.title, expected: flaw.expected, received: flaw.received, hint: flaw.hint, evidence: [evidenceOf(x, flaw.path)] }),
    ),
  );
  return failures.length > 0 ? failures : [pass(title, ...exchanges.map((x) => evidenceOf(x)))];
}

export { where } from "../traceQueries";
