import { readResult } from "../common/answers";
import { byLoginIdOnly, evaluationScenarios, evaluations, intentOf } from "../common/evaluations";
import { type Judgement, judgeEach, where } from "../common/judgeEach";
import { defineCheck } from "../defineCheck";

const title = "With paymentMethodId absent or empty, the evaluation finds the account by userLoginId";

/**
 * eval.account-by-login-id (seed step 1 (docs/alipayplus/easy-pay-flow.md#step-1-evaluation)): every evaluation of an existing account sent with an
 * empty paymentMethodId must find it; USER_NOT_EXIST for it says the login id was ignored.
 * Any other answer (S, F with another reason) shows the account was found.
 */
export const evalAccountByLoginId = defineCheck({
  rule: "eval.account-by-login-id",
  title,
  scenarios: evaluationScenarios,
  run: (trace) =>
    judgeEach(
      title,
      evaluations(trace).filter(byLoginIdOnly),
      (x): Judgement => {
        const intent = intentOf(x);
        if (intent.account === "rejected" && intent.code === "USER_NOT_EXIST")
          return { skip: `${x.step}: this account does not exist by design` };
        const reading = readResult(x);
        if (reading.kind === "unjudged") return { skip: reading.reason };
        if (reading.kind === "unreadable")
          return { skip: `${x.step}: ${reading.received} (eval.result-status reports it)` };
        if (reading.status === "U") return { skip: `${x.step}: U says nothing about whether the account was found` };
        if (reading.status === "F" && reading.code === "USER_NOT_EXIST") {
          return {
            title: `${where(x)}: an existing account was not found by its userLoginId`,
            expected: "the account found by paymentMethodMetaData.userLoginId (S, or F with the account's own reason)",
            received: "F USER_NOT_EXIST",
            hint: 'When paymentMethod.paymentMethodId is absent or "" (as in the seed\'s evaluation sample), look the account up by paymentMethod.paymentMethodMetaData.userLoginId (and userLoginIdType).',
            path: "$.result.resultCode",
          };
        }
        return "holds";
      },
      "no evaluation with an empty paymentMethodId was recorded",
    ),
});
