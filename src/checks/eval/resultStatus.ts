import { describeReading, readResult } from "../common/answers";
import { evaluationScenarios, evaluations, intentOf } from "../common/evaluations";
import { type Judgement, judgeEach, where } from "../common/judgeEach";
import { defineCheck } from "../defineCheck";

const title = "The evaluation answers S for a payable account, F for one that cannot pay, U only when unknown";

/** eval.result-status (seed step 1 (docs/alipayplus/easy-pay-flow.md#step-1-evaluation)): the status of every phase-1 answer against the account's standing. */
export const evalResultStatus = defineCheck({
  rule: "eval.result-status",
  title,
  scenarios: evaluationScenarios,
  run: (trace) =>
    judgeEach(
      title,
      evaluations(trace),
      (x): Judgement => {
        const reading = readResult(x);
        if (reading.kind === "unjudged") return { skip: reading.reason };
        const intent = intentOf(x);
        const received = reading.kind === "read" ? describeReading(reading) : reading.received;
        if (reading.kind === "read" && reading.status === intent.status) return "holds";
        if (
          intent.account === "payable" &&
          reading.kind === "read" &&
          reading.status === "F" &&
          reading.code === "USER_NOT_EXIST"
        ) {
          return { skip: `${x.step}: the payable account was not found (eval.account-by-login-id reports it)` };
        }
        if (intent.account === "payable") {
          return {
            title: `${where(x)}: the payable account was evaluated ${received}`,
            expected: "result.resultStatus S: the configured payable account can pay",
            received,
            hint:
              reading.kind === "read" && reading.status === "U"
                ? "Answer U only when the check itself could not complete. An account that exists, is active and has the balance must be evaluated S."
                : "Evaluate the account found by paymentMethodId (or by paymentMethodMetaData.userLoginId when the id is empty) and answer S when it can pay; check accounts.payable in the kit's config if this account should not pay.",
            path: "$.result.resultStatus",
          };
        }
        return {
          title: `${where(x)}: an account that cannot pay was evaluated ${received}`,
          expected: `result.resultStatus ${intent.status} (the configured account expects ${intent.code})`,
          received,
          hint: `An evaluation of an account that cannot pay must answer ${intent.status} with its reason code (${intent.code}), so Alipay+ never shows the payment page for it.`,
          path: "$.result.resultStatus",
        };
      },
      "no evaluation was recorded",
    ),
});
