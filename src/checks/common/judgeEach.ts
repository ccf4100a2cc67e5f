/**
 * Most rules judge many exchanges of one trace the same way. judgeEach folds the per-exchange
 * judgements into a check's outcomes: one fail per flaw (each with its own evidence), else one
 * pass citing every exchange that held, else one skip saying why nothing was judged. A skip never
 * turns into a pass: positive evidence only.
 */
import type { Exchange } from "../../core/trace";
import type { Evidence } from "../../core/verdicts";
import { fail, type Outcome, pass, skip } from "../defineCheck";
import { evidenceOf } from "../traceQueries";

/** What is wrong with one exchange: the fields of a fail, plus where in the body. */
export interface Flaw {
  title: string;
  expected: string;
  received: string;
  hint: string;
  /** JSON path into the side the target produced, e.g. "$.result.resultStatus". */
  path?: string;
  /** Extra evidence, e.g. the exchange the answer is compared with. */
  also?: Evidence[];
}

/** An exchange that shows nothing about the rule (e.g. an HTML page where a result was due): why. */
export interface NoEvidence {
  skip: string;
}

/** One exchange judged: it kept the rule ("holds", or nothing to report), broke it, or showed nothing. */
export type Judgement = "holds" | undefined | Flaw | readonly Flaw[] | NoEvidence;

const isNoEvidence = (v: Judgement): v is NoEvidence => typeof v === "object" && v !== null && "skip" in v;

export function judgeEach(
  title: string,
  exchanges: readonly Exchange[],
  judgeOne: (x: Exchange) => Judgement,
  nothingToJudge: string,
): Outcome[] {
  const held: Exchange[] = [];
  const skipped: string[] = [];
  const failures: Outcome[] = [];
  for (const x of exchanges) {
    const judged = judgeOne(x);
    if (isNoEvidence(judged)) {
      skipped.push(judged.skip);
      continue;
    }
    const flaws = judged === "holds" || judged === undefined ? [] : [judged].flat();
    if (flaws.length === 0) held.push(x);
    for (const flaw of flaws) failures.push(failOf(x, flaw));
  }
  if (failures.length > 0) return failures;
  if (held.length > 0) return [pass(title, ...held.map((x) => evidenceOf(x)))];
  return [skip(title, skipped.length > 0 ? [...new Set(skipped)].join("; ") : nothingToJudge)];
}

export function failOf(x: Exchange, flaw: Flaw): Outcome {
  const { title, expected, received, hint } = flaw;
  return fail({ title, expected, received, hint, evidence: [evidenceOf(x, flaw.path), ...(flaw.also ?? [])] });
}

export { where } from "../traceQueries";
