/**
 * timing.pay-within-8s and timing.inquiry-within-5s: every call of the API in every scenario
 * was answered, within Alipay+'s timeout (docs/alipayplus/apis-and-timeouts.md#timeouts). The oversized body is input.*'s: its
 * upload time says nothing about the MPP.
 */
import type { RuleId } from "../../../generated/rules";
import type { MppOperation } from "../../../generated/validate";
import { scenarioNames } from "../../core/scenarioNames";
import { defineCheck } from "../defineCheck";
import { describeAnswer } from "../traceQueries";
import { judgeEach, where } from "./judgeEach";

export function answeredWithinCheck(rule: RuleId, api: MppOperation, limitMs: number) {
  const title = `${api} is answered within ${limitMs / 1000} s, Alipay+'s timeout`;
  return defineCheck({
    rule,
    title,
    scenarios: scenarioNames,
    run: (trace) =>
      judgeEach(
        title,
        trace.exchanges.filter((x) => x.direction === "to-mpp" && x.api === api && x.step !== "oversized"),
        (x) => {
          if (x.response && !x.error && x.durationMs <= limitMs) return "holds";
          return {
            title: x.error ? `${where(x)} got no answer: ${x.error.kind}` : `${where(x)} took ${x.durationMs} ms`,
            expected: `an answer within ${limitMs} ms`,
            received: x.error ? describeAnswer(x) : `answered after ${x.durationMs} ms`,
            hint:
              x.error?.kind === "refused"
                ? `Nothing listens at ${x.url}: check target.baseUrl and target.paths in the kit's config, and that the MPP is running.`
                : `Answer ${api} within ${limitMs / 1000} s: Alipay+ abandons the call then and treats the outcome as unknown. Do slow work (risk checks, callbacks) after answering.`,
          };
        },
        `no ${api} call in this scenario`,
      ),
  });
}
