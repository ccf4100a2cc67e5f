import type { StepLabel } from "../../core/scenarioNames";
import { call, evaluationRequest, orderRequest, pending, rawAnswer, result, seed, unanswered } from "../testing/bodies";
import { trace } from "../testing/traceBuilder";
import { findingsOf, verdictOf } from "../testing/verdictOf";
import { orderAuthorizationInfoRequired } from "./authorizationInfoRequired";
import { orderInProcessFields } from "./inProcessFields";
import { orderNeverSuccess } from "./neverSuccess";
import { orderRejectionCode } from "./rejectionCode";

const order = (answer: unknown, step: StepLabel = "order") => call(step, "pay", orderRequest("o1"), answer);
const happy = (...xs: Parameters<typeof trace>[1]) => trace("happy-path", xs);
const { paymentUrl: _url, ...withoutUrl } = pending();

describe("order.never-success", () => {
  test.each([
    { name: "U PAYMENT_IN_PROCESS", given: happy(order(pending())), want: "pass" },
    { name: 'the seed\'s phase-2 answer ("u") is not S', given: happy(order(seed.orderResponse)), want: "pass" },
    {
      name: "F for a rejected account",
      given: trace("evaluation-rejected", [order(result("F", "USER_NOT_EXIST"), "order:USER_NOT_EXIST")]),
      want: "pass",
    },
    { name: "S before verification", given: happy(order(result("S", "SUCCESS"))), want: "fail" },
    {
      name: "HTTP 500 states no outcome: no evidence",
      given: happy(rawAnswer(order(pending()), 500, "Internal Server Error")),
      want: "skip",
    },
    {
      name: "an HTML page states no outcome: no evidence",
      given: happy(rawAnswer(order(pending()), 200)),
      want: "skip",
    },
    { name: "lowercase s still claims success", given: happy(order(result("s", "SUCCESS"))), want: "fail" },
    {
      name: "a replayed order answered S",
      given: trace("idempotency", [order(pending()), order(result("S", "SUCCESS"), "order-replay")]),
      want: "fail",
    },
    {
      name: "an evaluation's S is not an order",
      given: happy(call("evaluation", "pay", evaluationRequest("e1"), result("S", "SUCCESS"))),
      want: "skip",
    },
    {
      name: "evaluation-id-reuse is eval.id-not-reserved's",
      given: trace("evaluation-id-reuse", [order(result("S", "SUCCESS"))]),
      want: "not-judged",
    },
  ])("$name → $want", ({ given, want }) => expect(verdictOf(orderNeverSuccess, given)).toBe(want));

  test("the fail names the phase and what to answer instead", () => {
    const [finding] = findingsOf(orderNeverSuccess, happy(order(result("S", "SUCCESS"))));
    expect(finding).toMatchObject({
      verdict: "fail",
      evidence: [{ step: "order", path: "$.result.resultStatus", side: "response" }],
    });
    expect(finding?.hint).toBe(
      "Phase 2 (order creation) must answer U with PAYMENT_IN_PROCESS until the user has verified; answer S only through inquiryPayment/notifyPayment after verification.",
    );
  });
});

describe("order.in-process-fields", () => {
  test.each([
    { name: "U, code, paymentUrl, paymentId", given: happy(order(pending())), want: "pass" },
    { name: "no paymentUrl", given: happy(order(withoutUrl)), want: "fail" },
    {
      name: "U with another code",
      given: happy(order({ ...pending(), result: result("U", "UNKNOWN_EXCEPTION").result })),
      want: "fail",
    },
    { name: "the payable account refused", given: happy(order(result("F", "RISK_REJECT"))), want: "fail" },
    {
      name: 'the seed\'s phase-2 answer ("u") is not passed: values.status-uppercase reports it',
      given: happy(order(seed.orderResponse)),
      want: "skip",
    },
    { name: "an S is order.never-success's", given: happy(order(result("S", "SUCCESS"))), want: "skip" },
    { name: "no answer is timing's", given: happy(unanswered(order(pending()))), want: "skip" },
  ])("$name → $want", ({ given, want }) => expect(verdictOf(orderInProcessFields, given)).toBe(want));

  test("a missing paymentUrl is pointed at", () => {
    const [finding] = findingsOf(orderInProcessFields, happy(order(withoutUrl)));
    expect(finding).toMatchObject({
      title: expect.stringContaining("lacks paymentUrl"),
      evidence: [{ path: "$.paymentUrl" }],
    });
  });
});

describe("order.rejection-code", () => {
  const rejected = (code: string, answer: unknown) => trace("evaluation-rejected", [order(answer, `order:${code}`)]);
  test.each([
    {
      name: "F with the account's code",
      given: rejected("USER_BALANCE_NOT_ENOUGH", result("F", "USER_BALANCE_NOT_ENOUGH")),
      want: "pass",
    },
    { name: "accepted as payable (U)", given: rejected("USER_BALANCE_NOT_ENOUGH", pending()), want: "fail" },
    { name: "F with another code", given: rejected("USER_STATUS_ABNORMAL", result("F", "PROCESS_FAIL")), want: "fail" },
    {
      name: "S is order.never-success's",
      given: rejected("USER_STATUS_ABNORMAL", result("S", "SUCCESS")),
      want: "skip",
    },
    { name: "nothing configured", given: trace("evaluation-rejected", []), want: "skip" },
  ])("$name → $want", ({ given, want }) => expect(verdictOf(orderRejectionCode, given)).toBe(want));
});

describe("order.authorization-info-required", () => {
  const oneClick = (answer: unknown) =>
    trace("one-click", [
      call(
        "order-without-authorization-info",
        "pay",
        orderRequest("o2", {
          paymentFactor: { isAgreementPayment: "true", isEasyPayScenario: "true", isAuthorizationAndPay: "true" },
        }),
        answer,
      ),
    ]);
  test.each([
    { name: "F PARAM_ILLEGAL", given: oneClick(result("F", "PARAM_ILLEGAL")), want: "pass" },
    { name: "accepted", given: oneClick(pending()), want: "fail" },
    { name: "refused with another code", given: oneClick(result("F", "PROCESS_FAIL")), want: "fail" },
    { name: "undeclared feature", given: { ...oneClick(pending()), features: [] }, want: "skip" },
    {
      name: "a crash on this schema-invalid request is input.schema-invalid's",
      given: trace("one-click", [rawAnswer(oneClick(pending()).exchanges[0]!, 500)]),
      want: "skip",
    },
  ])("$name → $want", ({ given, want }) => expect(verdictOf(orderAuthorizationInfoRequired, given)).toBe(want));
});
