/**
 * A request the MPP must refuse (bad or missing signature, unknown Client-Id) must be answered F
 * with the specific code, and must change nothing: the "after-<step>" inquiry of the same
 * paymentRequestId must find no order.
 */

import { afterStep, type StepLabel } from "../../core/scenarioNames";
import type { Trace } from "../../core/trace";
import { fail, type Outcome, pass, skip } from "../defineCheck";
import { describeAnswer, describeResult, evidenceOf, firstAt, resultOf } from "../traceQueries";

export interface Refusal {
  /** The step of the request that must be refused, e.g. "bad-signature". */
  step: StepLabel;
  /** What was wrong with it, for titles: "a bad signature". */
  what: string;
  code: "INVALID_SIGNATURE" | "INVALID_CLIENT";
  hint: string;
}

export function judgeRefusal(trace: Trace, refusal: Refusal): Outcome[] {
  const { step, what, code } = refusal;
  const refused = firstAt(trace, step);
  if (!refused) return [skip(`a pay with ${what} is refused`, `the scenario recorded no '${step}' call`)];
  const result = resultOf(refused);
  if (!refused.response || result?.resultStatus !== "F" || result.resultCode !== code) {
    return [
      fail({
        title: `a pay with ${what} was not answered F ${code}`,
        expected: `HTTP 200 with result {resultStatus "F", resultCode "${code}"}`,
        received: refused.response && result ? describeResult(result) : describeAnswer(refused),
        hint: refusal.hint,
        evidence: [evidenceOf(refused, "$.result")],
      }),
    ];
  }
  return [
    pass(`a pay with ${what} was answered F ${code}`, evidenceOf(refused, "$.result")),
    judgeNothingChanged(trace, refusal),
  ];
}

function judgeNothingChanged(trace: Trace, { step, what }: Refusal): Outcome {
  const after = firstAt(trace, afterStep(step));
  const title = `a refused pay with ${what} created no order`;
  if (!after?.response)
    return skip(title, `no answered '${afterStep(step)}' inquiry to tell whether an order was created`);
  const result = resultOf(after);
  if (result?.resultStatus === "F" && result.resultCode === "ORDER_NOT_EXIST")
    return pass(title, evidenceOf(after, "$.result"));
  return fail({
    title: `a pay refused for ${what} still created an order`,
    expected: "inquiryPayment of its paymentRequestId answers result F ORDER_NOT_EXIST",
    received: `${describeResult(result)}; paymentResult ${describeResult(resultOf(after, "paymentResult"))}`,
    hint: "Authenticate the request (Client-Id, then signature) before doing anything else: a refused request must not create, reserve or change a payment.",
    evidence: [evidenceOf(after, "$.result")],
  });
}
