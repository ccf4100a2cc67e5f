import { describeReading, readResult } from "../common/answers";
import { defineCheck, fail, type Outcome, pass, skip } from "../defineCheck";
import { describeAnswer, evidenceOf, firstAt } from "../traceQueries";

const title = "An oversized body is refused with a 4xx or F PARAM_ILLEGAL, and the MPP stays up";

/** input.oversized-body [I]: the "oversized" pay (about 2 MiB), then the "alive" inquiry. */
export const inputOversizedBody = defineCheck({
  rule: "input.oversized-body",
  title,
  scenarios: ["invalid-input"],
  run(trace) {
    const big = firstAt(trace, "oversized");
    if (!big) return skip(title, "no oversized request was recorded");
    const outcomes: Outcome[] = [];
    const status = big.response?.status ?? 0;
    const reading = big.response ? readResult(big) : undefined;
    if (status < 400 && reading?.kind === "unjudged") return skip(title, reading.reason);
    const refused =
      (status >= 400 && status < 500) ||
      (reading?.kind === "read" && reading.status === "F" && reading.code === "PARAM_ILLEGAL");
    if (!refused) {
      outcomes.push(
        fail({
          title: `an oversized body was answered ${big.response ? `HTTP ${status}` : "with no answer"}`,
          expected: "HTTP 413 (or another 4xx), or HTTP 200 with result F PARAM_ILLEGAL",
          received: describeAnswer(big),
          hint: "Limit the request body size before reading it (e.g. 64 KiB; a pay request is a few KiB) and answer 413 — do not buffer it all, and never fail with a 5xx.",
          evidence: [evidenceOf(big)],
        }),
      );
    }
    const alive = firstAt(trace, "alive", "inquiryPayment");
    if (alive?.error?.kind === "timeout" && outcomes.length === 0) {
      return skip(
        title,
        "the inquiry after the oversized body timed out (timing.inquiry-within-5s reports slow inquiries); whether the MPP stayed up is unknown",
      );
    }
    if (alive && (!alive.response || alive.response.status >= 500)) {
      outcomes.push(
        fail({
          title: "the MPP did not answer an ordinary inquiry after the oversized body",
          expected: "an answer to the next inquiryPayment",
          received: describeAnswer(alive),
          hint: "An oversized request must not take the server down or wedge it: refuse it early and keep serving.",
          evidence: [evidenceOf(alive)],
        }),
      );
    }
    if (outcomes.length > 0) return outcomes;
    if (alive && readResult(alive).kind !== "read")
      return skip(
        title,
        `the inquiry after the oversized body was not answered with a readable result (${describeReading(readResult(alive))}), so whether the MPP stayed up is not shown`,
      );
    return alive
      ? pass(title, evidenceOf(big), evidenceOf(alive))
      : skip(title, "no inquiry followed the oversized body to show the MPP stayed up");
  },
});
