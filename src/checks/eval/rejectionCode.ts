import { readResult } from "../common/answers";
import { evaluations, intentOf } from "../common/evaluations";
import { type Judgement, judgeEach, where } from "../common/judgeEach";
import { defineCheck } from "../defineCheck";

const title = "An account that cannot pay is evaluated F with the specific code for the reason";
/** Codes that name no reason: Alipay+ cannot tell the user why. */
const generic = new Set(["PROCESS_FAIL", "UNKNOWN_EXCEPTION"]);

/** eval.rejection-code (docs/alipayplus/pay.md#pay-result-codes): each configured rejected account gets its own code. */
export const evalRejectionCode = defineCheck({
  rule: "eval.rejection-code",
  title,
  scenarios: ["evaluation-rejected"],
  run: (trace) =>
    judgeEach(
      title,
      evaluations(trace).filter((x) => x.step.startsWith("evaluation:")),
      (x): Judgement => {
        const intent = intentOf(x);
        if (intent.account !== "rejected") return { skip: `${x.step}: not a rejected account` };
        const reading = readResult(x);
        if (reading.kind === "unjudged") return { skip: reading.reason };
        if (reading.kind === "unreadable" || reading.status !== intent.status)
          return { skip: `${x.step}: not answered ${intent.status} (eval.result-status reports it)` };
        if (reading.code === intent.code) return "holds";
        if (reading.code === "USER_NOT_EXIST")
          return { skip: `${x.step}: the existing account was not found (eval.account-by-login-id reports it)` };
        return {
          title: `${where(x)}: rejected with ${reading.code ?? "no code"} instead of ${intent.code}`,
          expected: `F ${intent.code}, the reason this account cannot pay`,
          received: `${reading.status} ${reading.code ?? "(no resultCode)"}`,
          hint: generic.has(reading.code ?? "")
            ? `Do not answer a generic ${reading.code}: return the specific code for the reason (USER_NOT_EXIST, USER_STATUS_ABNORMAL, USER_BALANCE_NOT_ENOUGH, USER_KYC_NOT_QUALIFIED, ...); Alipay+ shows the user why.`
            : `Return ${intent.code} for this account (or fix accounts.rejected[].expectCode in the kit's config if the MPP is right).`,
          path: "$.result.resultCode",
        };
      },
      "no rejected accounts are configured (accounts.rejected)",
    ),
});
