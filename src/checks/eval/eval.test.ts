import type { StepLabel } from "../../core/scenarioNames";
import {
  call,
  evaluationRequest,
  inquiryRequest,
  notFound,
  orderRequest,
  pending,
  rawAnswer,
  result,
  seed,
  unanswered,
} from "../testing/bodies";
import { callback, trace } from "../testing/traceBuilder";
import { findingsOf, verdictOf } from "../testing/verdictOf";
import { evalAccountByLoginId } from "./accountByLoginId";
import { evalIdNotReserved } from "./idNotReserved";
import { evalNoNotification } from "./noNotification";
import { evalNoPaymentCreated } from "./noPaymentCreated";
import { evalRejectionCode } from "./rejectionCode";
import { evalResultStatus } from "./resultStatus";

const evaluation = (answer: unknown, step: StepLabel = "evaluation", login?: string) =>
  call(step, "pay", evaluationRequest("e1", login), answer);
const rejected = (code: string, answer: unknown) =>
  call(`evaluation:${code}`, "pay", evaluationRequest(`r-${code}`, "852-10000002"), answer);
const happy = (...xs: Parameters<typeof trace>[1]) => trace("happy-path", xs);
const rejections = (...xs: Parameters<typeof trace>[1]) => trace("evaluation-rejected", xs);

describe("eval.result-status", () => {
  test.each([
    { name: "payable account S", given: happy(evaluation(result("S", "SUCCESS"))), want: "pass" },
    {
      name: "rejected account F",
      given: rejections(rejected("USER_STATUS_ABNORMAL", result("F", "USER_STATUS_ABNORMAL"))),
      want: "pass",
    },
    { name: "payable account U", given: happy(evaluation(result("U", "UNKNOWN_EXCEPTION"))), want: "fail" },
    {
      name: "payable account F with a balance code",
      given: happy(evaluation(result("F", "USER_BALANCE_NOT_ENOUGH"))),
      want: "fail",
    },
    {
      name: "rejected account S",
      given: rejections(rejected("USER_KYC_NOT_QUALIFIED", result("S", "SUCCESS"))),
      want: "fail",
    },
    {
      name: "payable not found is eval.account-by-login-id's",
      given: happy(evaluation(result("F", "USER_NOT_EXIST"))),
      want: "skip",
    },
    {
      name: "the seed's phase-1 answer (resultInfo) is values.result-envelope's",
      given: happy(evaluation(seed.evaluationResponse)),
      want: "skip",
    },
    {
      name: "lowercase status is values.status-uppercase's",
      given: happy(evaluation(result("s", "SUCCESS"))),
      want: "skip",
    },
    { name: "no answer is timing's", given: happy(unanswered(evaluation(result("S", "SUCCESS")))), want: "skip" },
    {
      name: "an HTML 500 is unreadable",
      given: happy({ ...evaluation({}), response: { status: 500, headers: {}, body: "oops" } }),
      want: "fail",
    },
  ])("$name → $want", ({ given, want }) => expect(verdictOf(evalResultStatus, given)).toBe(want));

  test("a U for a payable account explains when U is allowed", () => {
    const [finding] = findingsOf(evalResultStatus, happy(evaluation(result("U", "UNKNOWN_EXCEPTION"))));
    expect(finding).toMatchObject({
      verdict: "fail",
      received: "U UNKNOWN_EXCEPTION",
      evidence: [{ step: "evaluation", path: "$.result.resultStatus" }],
    });
    expect(finding?.hint).toMatch(/only when the check itself could not complete/);
  });
});

describe("eval.account-by-login-id", () => {
  test.each([
    { name: "payable found (S)", given: happy(evaluation(result("S", "SUCCESS"))), want: "pass" },
    {
      name: "frozen account found (its own code)",
      given: rejections(rejected("USER_STATUS_ABNORMAL", result("F", "USER_STATUS_ABNORMAL"))),
      want: "pass",
    },
    { name: "payable not found", given: happy(evaluation(result("F", "USER_NOT_EXIST"))), want: "fail" },
    {
      name: "frozen account not found",
      given: rejections(rejected("USER_STATUS_ABNORMAL", result("F", "USER_NOT_EXIST"))),
      want: "fail",
    },
    {
      name: "the missing account is missing by design",
      given: rejections(rejected("USER_NOT_EXIST", result("F", "USER_NOT_EXIST"))),
      want: "skip",
    },
    { name: "U tells nothing", given: happy(evaluation(result("U", "UNKNOWN_EXCEPTION"))), want: "skip" },
  ])("$name → $want", ({ given, want }) => expect(verdictOf(evalAccountByLoginId, given)).toBe(want));
});

describe("eval.rejection-code", () => {
  test.each([
    {
      name: "specific codes",
      given: rejections(
        rejected("USER_STATUS_ABNORMAL", result("F", "USER_STATUS_ABNORMAL")),
        rejected("USER_NOT_EXIST", result("F", "USER_NOT_EXIST")),
      ),
      want: "pass",
    },
    {
      name: "generic PROCESS_FAIL",
      given: rejections(rejected("USER_BALANCE_NOT_ENOUGH", result("F", "PROCESS_FAIL"))),
      want: "fail",
    },
    {
      name: "another specific code",
      given: rejections(rejected("USER_BALANCE_NOT_ENOUGH", result("F", "USER_KYC_NOT_QUALIFIED"))),
      want: "fail",
    },
    {
      name: "an S is eval.result-status's",
      given: rejections(rejected("USER_BALANCE_NOT_ENOUGH", result("S", "SUCCESS"))),
      want: "skip",
    },
    {
      name: "not found is eval.account-by-login-id's",
      given: rejections(rejected("USER_STATUS_ABNORMAL", result("F", "USER_NOT_EXIST"))),
      want: "skip",
    },
    { name: "no rejected accounts configured", given: rejections(), want: "skip" },
  ])("$name → $want", ({ given, want }) => expect(verdictOf(evalRejectionCode, given)).toBe(want));

  test("the hint for a generic code lists the specific ones", () => {
    const [finding] = findingsOf(
      evalRejectionCode,
      rejections(rejected("USER_BALANCE_NOT_ENOUGH", result("F", "PROCESS_FAIL"))),
    );
    expect(finding).toMatchObject({
      expected: "F USER_BALANCE_NOT_ENOUGH, the reason this account cannot pay",
      received: "F PROCESS_FAIL",
    });
    expect(finding?.hint).toMatch(/generic PROCESS_FAIL.*USER_STATUS_ABNORMAL/);
  });
});

describe("eval.no-payment-created", () => {
  const inquiry = (answer: unknown) => call("evaluation-inquiry", "inquiryPayment", inquiryRequest("e1"), answer);
  test.each([
    { name: "ORDER_NOT_EXIST", given: happy(evaluation(result("S", "SUCCESS")), inquiry(notFound)), want: "pass" },
    {
      name: "the inquiry finds a payment in process",
      given: happy(
        evaluation(result("S", "SUCCESS")),
        inquiry({ ...result("S", "SUCCESS"), paymentResult: result("U", "PAYMENT_IN_PROCESS").result }),
      ),
      want: "fail",
    },
    {
      name: "another F code is inquiry.unknown-order's",
      given: happy(inquiry(result("F", "PROCESS_FAIL"))),
      want: "skip",
    },
    { name: "no inquiry", given: happy(evaluation(result("S", "SUCCESS"))), want: "skip" },
    {
      name: "the evaluation crashed (HTTP 500): an empty inquiry proves nothing",
      given: happy(rawAnswer(evaluation(result("S", "SUCCESS")), 500), inquiry(notFound)),
      want: "skip",
    },
  ])("$name → $want", ({ given, want }) => expect(verdictOf(evalNoPaymentCreated, given)).toBe(want));
});

describe("eval.no-notification", () => {
  const notify = callback("notifyPayment", { paymentRequestId: "e1", paymentResult: result("S", "SUCCESS").result });
  const orderNotify = callback("notifyPayment", {
    paymentRequestId: "o1",
    paymentResult: result("S", "SUCCESS").result,
  });
  test.each([
    { name: "silence", given: happy(evaluation(result("S", "SUCCESS"))), want: "pass" },
    {
      name: "the order's own notification does not count",
      given: happy(evaluation(result("S", "SUCCESS")), orderNotify),
      want: "pass",
    },
    {
      name: "a notification for the evaluation",
      given: happy(evaluation(result("S", "SUCCESS")), notify),
      want: "fail",
    },
    {
      name: "unanswered evaluation: silence proves nothing",
      given: happy(unanswered(evaluation(result("S", "SUCCESS")))),
      want: "skip",
    },
    {
      name: "an evaluation answered U: the MPP could not tell, silence proves nothing",
      given: happy(evaluation(result("U", "UNKNOWN_EXCEPTION"))),
      want: "skip",
    },
    {
      name: "an evaluation answered HTTP 500: silence after an error proves nothing",
      given: happy(rawAnswer(evaluation(result("S", "SUCCESS")), 500, "Internal Server Error")),
      want: "skip",
    },
  ])("$name → $want", ({ given, want }) => expect(verdictOf(evalNoNotification, given)).toBe(want));
});

describe("eval.id-not-reserved", () => {
  const reuse = (answer: unknown, inquiryAnswer: unknown = notFound) =>
    trace("evaluation-id-reuse", [
      evaluation(result("S", "SUCCESS")),
      call("evaluation-inquiry", "inquiryPayment", inquiryRequest("e1"), inquiryAnswer),
      call("order", "pay", orderRequest("e1"), answer),
    ]);
  test.each([
    { name: "a normal order", given: reuse(pending()), want: "pass" },
    {
      name: "a bare U without a paymentId is no order at all",
      given: reuse(result("U", "UNKNOWN_EXCEPTION")),
      want: "skip",
    },
    { name: "the evaluation's S replayed", given: reuse(result("S", "SUCCESS")), want: "fail" },
    { name: "the id refused as a repeat", given: reuse(result("F", "REPEAT_REQ_INCONSISTENT")), want: "fail" },
    {
      name: "an S with its own paymentId is order.never-success's",
      given: reuse({ ...pending(), ...result("S", "SUCCESS") }),
      want: "skip",
    },
    {
      name: "a collision with a payment the evaluation created is eval.no-payment-created's",
      given: reuse(result("F", "REPEAT_REQ_INCONSISTENT"), {
        ...result("S", "SUCCESS"),
        paymentResult: result("U", "PAYMENT_IN_PROCESS").result,
      }),
      want: "skip",
    },
    { name: "an unrelated refusal shows nothing", given: reuse(result("F", "RISK_REJECT")), want: "skip" },
    { name: "the seed's lowercase u is values.status-uppercase's", given: reuse(seed.orderResponse), want: "skip" },
  ])("$name → $want", ({ given, want }) => expect(verdictOf(evalIdNotReserved, given)).toBe(want));
});
