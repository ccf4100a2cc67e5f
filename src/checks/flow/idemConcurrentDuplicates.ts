import { defineCheck, fail, pass, skip } from "../defineCheck";
import { at, describeAnswer, evidenceOf, exchangesAt, targetBody } from "../traceQueries";
import { repeatsUnrecognised } from "./sequentialRepeat";

const title = "Concurrent duplicates of a pay request create one payment and all get the same paymentId";

/** idem.concurrent-duplicates (facts §8): the identical orders of the "concurrent" step. */
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
    if (timedOut.length > 0) return skip(title, `${timedOut.length} duplicate(s) got no answer in time (timing.pay-within-8s reports it)`);
    const answers = race.map((x) => ({ x, status: at(targetBody(x), "result.resultStatus"), paymentId: at(targetBody(x), "paymentId") }));
    const ids = new Set(answers.map((a) => JSON.stringify(a.paymentId)));
    const statuses = new Set(answers.map((a) => JSON.stringify(a.status)));
    if (answers.every((a) => a.paymentId === undefined) && statuses.size === 1 && race.every((x) => x.response?.status === 200)) {
      return skip(title, `no payment was created: every duplicate was answered ${describeAnswer(race[0]!)}`);
    }
    if (ids.size === 1 && statuses.size === 1 && race.every((x) => x.response)) return pass(title, ...race.map((x) => evidenceOf(x, "$.paymentId")));
    return fail({
      title: `${race.length} identical orders sent at once got ${ids.size} different paymentIds`,
      expected: "one payment: the same paymentId and result for every duplicate",
      received: answers.map((a) => `${a.x.id}: ${a.x.response ? `result ${JSON.stringify(a.status)}, paymentId ${JSON.stringify(a.paymentId)}` : describeAnswer(a.x)}`).join("; "),
      hint: "Make create-if-absent atomic on paymentRequestId (a unique constraint or a transaction around lookup and insert); a duplicate that loses the race must return the winner's payment.",
      evidence: race.map((x) => evidenceOf(x, "$.paymentId")),
    });
  },
});
