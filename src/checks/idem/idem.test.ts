import type { StepLabel } from "../../core/scenarioNames";
import { call, evaluationRequest, orderRequest, pending, rawAnswer, result, unanswered } from "../testing/bodies";
import { trace } from "../testing/traceBuilder";
import { findingsOf, verdictOf } from "../testing/verdictOf";
import { idemConcurrentDuplicates } from "./concurrentDuplicates";
import { idemInconsistentRepeat } from "./inconsistentRepeat";
import { idemSameAnswer } from "./sameAnswer";

const ok = result("S", "SUCCESS");
const pay = (step: StepLabel, answer: unknown, id = "o1") =>
  call(step, "pay", step.startsWith("evaluation") ? evaluationRequest("e1") : orderRequest(id), answer);
const idem = (...xs: Parameters<typeof trace>[1]) => trace("idempotency", xs);

describe("idem.same-answer", () => {
  test.each([
    {
      name: "same answers",
      given: idem(
        pay("evaluation", ok),
        pay("evaluation-replay", ok),
        pay("order", pending()),
        pay("order-replay", pending()),
      ),
      want: "pass",
    },
    {
      name: "a new paymentId on replay",
      given: idem(pay("order", pending()), pay("order-replay", pending("other"))),
      want: "fail",
    },
    {
      name: "the evaluation answered differently",
      given: idem(pay("evaluation", ok), pay("evaluation-replay", result("F", "REPEAT_REQ_INCONSISTENT"))),
      want: "fail",
    },
    {
      name: "replay unanswered: timing's",
      given: idem(pay("order", pending()), unanswered(pay("order-replay", pending()))),
      want: "skip",
    },
    {
      name: "two U UNKNOWN_EXCEPTION answers compare equal but show nothing",
      given: idem(
        pay("evaluation", result("U", "UNKNOWN_EXCEPTION")),
        pay("evaluation-replay", result("U", "UNKNOWN_EXCEPTION")),
        pay("order", result("U", "UNKNOWN_EXCEPTION")),
        pay("order-replay", result("U", "UNKNOWN_EXCEPTION")),
      ),
      want: "skip",
    },
    {
      name: "two HTTP 500s compare equal but show nothing",
      given: idem(
        rawAnswer(pay("order", pending()), 500, "oops"),
        rawAnswer(pay("order-replay", pending()), 500, "oops"),
      ),
      want: "skip",
    },
  ])("$name → $want", ({ given, want }) => expect(verdictOf(idemSameAnswer, given)).toBe(want));

  test("a second payment is named as such", () => {
    const [finding] = findingsOf(idemSameAnswer, idem(pay("order", pending()), pay("order-replay", pending("other"))));
    expect(finding).toMatchObject({
      title: "the repeated order was answered differently: paymentId changed",
      evidence: [{ path: "$.paymentId" }, { step: "order" }],
    });
  });
});

describe("idem.concurrent-duplicates", () => {
  const race = (...answers: unknown[]) => idem(...answers.map((a) => pay("concurrent", a, "c1")));
  test.each([
    { name: "one payment for all", given: race(pending(), pending(), pending()), want: "pass" },
    { name: "three payments", given: race(pending("a"), pending("b"), pending("c")), want: "fail" },
    {
      name: "one duplicate crashed",
      given: idem(pay("concurrent", pending(), "c1"), rawAnswer(pay("concurrent", pending(), "c1"), 500)),
      want: "fail",
    },
    {
      name: "all refused alike: no payment",
      given: race(result("F", "RISK_REJECT"), result("F", "RISK_REJECT")),
      want: "skip",
    },
    {
      name: "not even sequential repeats recognised: idem.same-answer's",
      given: idem(
        pay("order", pending("a")),
        pay("order-replay", pending("b")),
        pay("concurrent", pending("x"), "c1"),
        pay("concurrent", pending("y"), "c1"),
      ),
      want: "skip",
    },
    {
      name: "all HTTP 500: no payment, no evidence",
      given: idem(...[1, 2, 3].map(() => rawAnswer(pay("concurrent", pending(), "c1"), 500, "oops"))),
      want: "skip",
    },
    {
      name: "all HTML pages: no evidence",
      given: idem(...[1, 2, 3].map(() => rawAnswer(pay("concurrent", pending(), "c1"), 200))),
      want: "skip",
    },
    {
      name: "timeouts: timing's",
      given: idem(unanswered(pay("concurrent", pending(), "c1")), pay("concurrent", pending(), "c1")),
      want: "skip",
    },
    {
      name: "losers told to ask again (U, no paymentId): no second payment seen",
      given: race(pending(), result("U", "UNKNOWN_EXCEPTION"), result("U", "PAYMENT_IN_PROCESS")),
      want: "skip",
    },
    {
      name: "a loser told to ask again, two others with different paymentIds",
      given: race(pending("a"), pending("b"), result("U", "UNKNOWN_EXCEPTION")),
      want: "fail",
    },
    {
      name: "a loser refused F: Alipay+ would take the payment as failed",
      given: race(pending(), result("F", "PROCESS_FAIL")),
      want: "fail",
    },
  ])("$name → $want", ({ given, want }) => expect(verdictOf(idemConcurrentDuplicates, given)).toBe(want));

  test("an answer without a paymentId is not counted as another payment", () => {
    const [finding] = findingsOf(idemConcurrentDuplicates, race(pending(), result("F", "PROCESS_FAIL")));
    expect(finding?.title).toBe("2 identical orders sent at once were not all answered alike");
  });
});

describe("idem.inconsistent-repeat", () => {
  const repeat = (answer: unknown, orderAnswer: unknown = pending()) =>
    idem(pay("order", orderAnswer), pay("inconsistent", answer));
  test.each([
    { name: "F REPEAT_REQ_INCONSISTENT", given: repeat(result("F", "REPEAT_REQ_INCONSISTENT")), want: "pass" },
    { name: "the first answer again", given: repeat(pending()), want: "fail" },
    { name: "a new payment", given: repeat(pending("new")), want: "fail" },
    {
      name: "repeats not recognised at all: idem.same-answer's",
      given: idem(pay("order", pending("a")), pay("order-replay", pending("b")), pay("inconsistent", pending("c"))),
      want: "skip",
    },
    { name: "the original order was refused", given: repeat(pending(), result("F", "RISK_REJECT")), want: "skip" },
  ])("$name → $want", ({ given, want }) => expect(verdictOf(idemInconsistentRepeat, given)).toBe(want));
});
