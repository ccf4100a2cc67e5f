import type { Exchange } from "../../core/trace";
import { describeReading, readResult } from "../common/answers";
import { defineCheck, fail, type Outcome, pass, skip } from "../defineCheck";
import { at, evidenceOf, firstAt, targetBody } from "../traceQueries";

const title = "A repeated pay with the same paymentRequestId and content gets the same answer and the same paymentId";

/** What must not change between a request and its exact repeat. */
function answerOf(x: Exchange) {
  const body = targetBody(x);
  return {
    resultStatus: at(body, "result.resultStatus"),
    resultCode: at(body, "result.resultCode"),
    paymentId: at(body, "paymentId"),
  };
}

/** idem.same-answer (docs/alipayplus/idempotency.md#idempotency): evaluation vs evaluation-replay, order vs order-replay. */
export const idemSameAnswer = defineCheck({
  rule: "idem.same-answer",
  title,
  scenarios: ["idempotency"],
  run(trace) {
    const outcomes: Outcome[] = [];
    const judged: Exchange[] = [];
    const skipped: string[] = [];
    for (const [first, again] of [
      ["evaluation", "evaluation-replay"],
      ["order", "order-replay"],
    ] as const) {
      const a = firstAt(trace, first, "pay");
      const b = firstAt(trace, again, "pay");
      if (!a || !b) {
        skipped.push(`no '${first}'/'${again}' pair`);
        continue;
      }
      // Two 500s or two HTML pages compare equal but show no idempotency: only two readable
      // results (S/F/U in `result`) are evidence of "the same answer".
      const unread = [a, b].find((x) => readResult(x).kind !== "read");
      if (unread) {
        skipped.push(`the ${unread.step} answer is not a readable result: ${describeReading(readResult(unread))}`);
        continue;
      }
      // Two "unknown" answers, or two answers to an order that was never created, compare equal
      // without showing that the repeat was recognised.
      const firstReading = readResult(a);
      const decided =
        firstReading.kind === "read" &&
        (first === "evaluation"
          ? firstReading.status !== "U"
          : firstReading.status === "U" && typeof at(targetBody(a), "paymentId") === "string");
      if (!decided) {
        skipped.push(
          `the ${first} was answered ${describeReading(firstReading)}${first === "order" ? " without creating a payment" : ""}, so its repeat shows nothing`,
        );
        continue;
      }
      const [want, got] = [answerOf(a), answerOf(b)];
      const changed = (Object.keys(want) as (keyof typeof want)[]).filter(
        (k) => JSON.stringify(want[k]) !== JSON.stringify(got[k]),
      );
      judged.push(a, b);
      if (changed.length === 0) continue;
      outcomes.push(
        fail({
          title: `the repeated ${first} was answered differently: ${changed.join(", ")} changed`,
          expected: `the first answer again: ${JSON.stringify(want)}`,
          received: JSON.stringify(got),
          hint: changed.includes("paymentId")
            ? "Look the paymentRequestId up before creating anything: a repeat with the same content must return the stored payment (same paymentId, same result), never create a second one."
            : "Treat a repeat with the same paymentRequestId and content as the same request: return the stored answer.",
          evidence: [evidenceOf(b, changed.includes("paymentId") ? "$.paymentId" : "$.result"), evidenceOf(a)],
        }),
      );
    }
    if (outcomes.length > 0) return outcomes;
    return judged.length > 0
      ? pass(title, ...judged.map((x) => evidenceOf(x)))
      : skip(title, skipped.join("; ") || "no repeated request was recorded");
  },
});
