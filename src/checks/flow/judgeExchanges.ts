/**
 * Folds per-exchange judgements into a check's outcomes: one fail per flaw (with its own
 * evidence), else one pass citing every exchange that held, else one skip giving the reasons
 * nothing could be judged. A skip never turns into a pass.
 */
import type { Exchange } from "../../core/trace";
import { fail, pass, skip, type Outcome } from "../defineCheck";
import type { Evidence } from "../../core/verdicts";
import { evidenceOf } from "../traceQueries";

export interface Flaw {
  title: string;
  expected: string;
  received: string;
  hint: string;
  /** JSON path in the target's side of the exchange, e.g. "$.result.resultStatus". */
  path?: string;
  /** Extra evidence, e.g. the exchange the answer is compared with. */
  also?: Evidence[];
}

export type Judgement = "holds" | Flaw | { skip: string };

export function judgeExchanges(
  title: string,
  exchanges: readonly Exchange[],
  judgeOne: (x: Exchange) => Judgement,
  nothingToJudge: string,
): Outcome[] {
  const held: Exchange[] = [];
  const skipped: string[] = [];
  const failures: Outcome[] = [];
  for (const x of exchanges) {
    const judgement = judgeOne(x);
    if (judgement === "holds") held.push(x);
    else if ("skip" in judgement) skipped.push(judgement.skip);
    else failures.push(failOf(x, judgement));
  }
  if (failures.length > 0) return failures;
  if (held.length > 0) return [pass(title, ...held.map((x) => evidenceOf(x)))];
  return [skip(title, skipped.length > 0 ? [...new Set(skipped)].join("; ") : nothingToJudge)];
}

export function failOf(x: Exchange, flaw: Flaw): Outcome {
  return fail({
    title: flaw.title,
    expected: flaw.expected,
    received: flaw.received,
    hint: flaw.hint,
    evidence: [evidenceOf(x, flaw.path), ...(flaw.also ?? [])],
  });
}

export { where } from "../traceQueries";
