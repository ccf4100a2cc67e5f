import type { Exchange } from "../../core/trace";
import { describeReading, readResult } from "../common/answers";
import { repeatsUnrecognised } from "../common/sequentialRepeat";
import { defineCheck, fail, pass, skip } from "../defineCheck";
import { at, describeAnswer, evidenceOf, exchangesAt, targetBody } from "../traceQueries";

const title = "Concurrent duplicates of a pay request create one payment and all get the same paymentId";

/**
 * A duplicate answered U without a paymentId: "still in process, ask again" (docs/alipayplus/result-codes.md#common-result-codes), the
 * way an MPP may answer a request that races one it is still processing. It names no second
 * payment, so it is not held against the rule, but it cannot prove the rule either.
 */
const isDeferred = (a: { x: Exchange; status: unknown; paymentId: unknown }) =>
  a.x.response?.status === 200 && a.status === "U" && a.paymentId === undefined;

/** idem.concurrent-duplicates (docs/alipayplus/idempotency.md#idempotency): the identical orders of the "concurrent" step. */
export const idemConcurrentDuplicates = defineCheck({
  rule: "idem.concurrent-duplicates",
  title,
  scenarios: ["idempotency"],
  run(trace) {
    const race = exchangesAt(trace, "concurrent", "pay");
    if (race.length < 2) return skip(title, "fewer than two concurrent duplicates were recorded");
    const unrecognised = repeatsUnrecognised(trace);
    if (unrecognised) return skip(title, unrecognised);
    const timedOut = race.filter((x) => x.error?.kind === "timeout");
    if (timedOut.length > 0)
      return skip(title, `${timedOut.length} duplicate(s) got no answer in time (timing.pay-within-8s reports it)`);
    const readable = race.filter((x) => readResult(x).kind === "read");
    if (readable.length === 0) {
      // Three 500s compare equal but create nothing: no evidence either way.
      return skip(
        title,
        `no duplicate was answered with a readable result (first: ${describeReading(readResult(race[0]!))})`,
      );
    }
    const answers = race.map((x) => ({
      x,
      status: at(targetBody(x), "result.resultStatus"),
      paymentId: at(targetBody(x), "paymentId"),
    }));
    const ids = new Set(answers.map((a) => JSON.stringify(a.paymentId)));
    const statuses = new Set(answers.map((a) => JSON.stringify(a.status)));
    if (
      answers.every((a) => a.paymentId === undefined) &&
      statuses.size === 1 &&
      race.every((x) => x.response?.status === 200)
    ) {
      return skip(title, `no payment was created: every duplicate was answered ${describeAnswer(race[0]!)}`);
    }
    if (
      ids.size === 1 &&
      statuses.size === 1 &&
      readable.length === race.length &&
      typeof answers[0]!.paymentId === "string"
    )
      return pass(title, ...race.map((x) => evidenceOf(x, "$.paymentId")));
    const deferred = answers.filter(isDeferred);
    const named = new Set(answers.filter((a) => !isDeferred(a)).map((a) => JSON.stringify(a.paymentId)));
    if (deferred.length > 0 && named.size === 1 && answers.every((a) => a.x.response?.status === 200)) {
      return skip(
        title,
        `${deferred.length} duplicate(s) were answered U without a paymentId (in process, ask again): no second payment seen, but not every duplicate named the payment`,
      );
    }
    const distinct = new Set(answers.filter((a) => a.paymentId !== undefined).map((a) => JSON.stringify(a.paymentId)))
      .size;
    return fail({
      title:
        distinct > 1
          ? `${race.length} identical orders sent at once got ${distinct} different paymentIds`
          : `${race.length} identical orders sent at once were not all answered alike`,
      expected: "one payment: the same paymentId and result for every duplicate",
      received: answers
        .map(
          (a) =>
            `${a.x.id}: ${a.x.response ? `result ${JSON.stringify(a.status)}, paymentId ${JSON.stringify(a.paymentId)}` : describeAnswer(a.x)}`,
        )
        .join("; "),
      hint: "Make create-if-absent atomic on paymentRequestId (a unique constraint or a transaction around lookup and insert); a duplicate that loses the race must return the winner's payment.",
      evidence: race.map((x) => evidenceOf(x, "$.paymentId")),
    });
  },
});
