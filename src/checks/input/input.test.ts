import { afterStep, type StepLabel } from "../../core/scenarioNames";
import {
  call,
  evaluationRequest,
  inquiryRequest,
  notFound,
  pending,
  rawAnswer,
  result,
  unanswered,
} from "../testing/bodies";
import { trace } from "../testing/traceBuilder";
import { findingsOf, verdictOf } from "../testing/verdictOf";
import { inputMalformedJson } from "./malformedJson";
import { inputOversizedBody } from "./oversizedBody";
import { inputSchemaInvalid } from "./schemaInvalid";
import { inputSchemaInvalidParamIllegal } from "./schemaInvalidParamIllegal";

const illegal = result("F", "PARAM_ILLEGAL");
const invalid = (...xs: Parameters<typeof trace>[1]) => trace("invalid-input", xs);
const at = (step: StepLabel, answer: unknown) =>
  call(
    step,
    step.includes("inquiry") || step === "alive" ? "inquiryPayment" : "pay",
    step === "alive" ? inquiryRequest("a1") : evaluationRequest("e1"),
    answer,
  );

describe("input.malformed-json", () => {
  test.each([
    {
      name: "F PARAM_ILLEGAL",
      given: invalid(at("malformed-json:pay", illegal), at("malformed-json:inquiryPayment", illegal)),
      want: "pass",
    },
    {
      name: "F PARAM_ILLEGAL with HTTP 400 (the status is http.*'s)",
      given: invalid(call("malformed-json:pay", "pay", {}, illegal, { status: 400 })),
      want: "pass",
    },
    { name: "HTTP 500", given: invalid(rawAnswer(at("malformed-json:pay", illegal), 500)), want: "fail" },
    {
      name: "dropped connection",
      given: invalid(unanswered(at("malformed-json:pay", illegal), "reset")),
      want: "fail",
    },
    {
      name: "another code",
      given: invalid(at("malformed-json:inquiryPayment", result("F", "PROCESS_FAIL"))),
      want: "fail",
    },
  ])("$name → $want", ({ given, want }) => expect(verdictOf(inputMalformedJson, given)).toBe(want));
});

describe("input.schema-invalid", () => {
  const after = (step: StepLabel, answer: unknown) =>
    call(afterStep(step), "inquiryPayment", inquiryRequest("e1"), answer);
  const found = { ...result("S", "SUCCESS"), paymentResult: result("U", "PAYMENT_IN_PROCESS").result };
  test.each([
    {
      name: "each refused with PARAM_ILLEGAL",
      given: invalid(
        at("schema-invalid:pay:missing:acquirerId", illegal),
        at("schema-invalid:pay:enum:paymentFactor.isPaymentEvaluation", illegal),
      ),
      want: "pass",
    },
    {
      name: "refused, and the inquiry finds nothing",
      given: invalid(
        at("schema-invalid:pay:missing:acquirerId", illegal),
        after("schema-invalid:pay:missing:acquirerId", notFound),
      ),
      want: "pass",
    },
    {
      name: "refused, but the payment was created anyway",
      given: invalid(
        at("schema-invalid:pay:missing:acquirerId", illegal),
        after("schema-invalid:pay:missing:acquirerId", found),
      ),
      want: "fail",
    },
    {
      name: "refused, the inquiry unreadable: no evidence",
      given: invalid(
        at("schema-invalid:pay:missing:acquirerId", illegal),
        rawAnswer(after("schema-invalid:pay:missing:acquirerId", notFound), 500),
      ),
      want: "skip",
    },
    {
      name: "accepted sanely (the MUST allows it; the SHOULD does not)",
      given: invalid(at("schema-invalid:pay:missing:order.merchant.merchantMCC", pending())),
      want: "pass",
    },
    {
      name: "another F code in the envelope",
      given: invalid(at("schema-invalid:pay:missing:acquirerId", result("F", "PROCESS_FAIL"))),
      want: "pass",
    },
    {
      name: "one answered HTTP 500",
      given: invalid(
        at("schema-invalid:pay:missing:acquirerId", illegal),
        rawAnswer(at("schema-invalid:pay:wrong-type:paymentAmount.value", {}), 500),
      ),
      want: "fail",
    },
    {
      name: "an HTML page instead of a result",
      given: invalid(rawAnswer(at("schema-invalid:pay:missing:acquirerId", {}), 400)),
      want: "fail",
    },
    {
      name: "dropped connection",
      given: invalid(unanswered(at("schema-invalid:pay:missing:acquirerId", illegal), "reset")),
      want: "fail",
    },
    { name: "none sent", given: invalid(), want: "skip" },
  ])("$name → $want", ({ given, want }) => expect(verdictOf(inputSchemaInvalid, given)).toBe(want));

  test("the hint names the violated field", () => {
    const [finding] = findingsOf(
      inputSchemaInvalid,
      invalid(rawAnswer(at("schema-invalid:pay:wrong-type:paymentAmount.value", {}), 500)),
    );
    expect(finding?.hint).toContain("wrong-type:paymentAmount.value");
    expect(finding?.received).toMatch(/^HTTP 500/);
  });
});

describe("input.schema-invalid-param-illegal", () => {
  const named = (field: string) => ({
    result: {
      resultStatus: "F",
      resultCode: "PARAM_ILLEGAL",
      resultMessage: `$ must have required property '${field}'`,
    },
  });
  test.each([
    {
      name: "PARAM_ILLEGAL naming the field",
      given: invalid(at("schema-invalid:pay:missing:acquirerId", named("acquirerId"))),
      want: "pass",
    },
    {
      name: "naming a nested field by its leaf",
      given: invalid(
        at("schema-invalid:pay:wrong-type:paymentAmount.value", {
          result: { resultStatus: "F", resultCode: "PARAM_ILLEGAL", resultMessage: "/value must be string" },
        }),
      ),
      want: "pass",
    },
    {
      name: "PARAM_ILLEGAL without the field",
      given: invalid(at("schema-invalid:pay:missing:acquirerId", illegal)),
      want: "fail",
    },
    { name: "accepted", given: invalid(at("schema-invalid:pay:missing:acquirerId", pending())), want: "fail" },
    {
      name: "a 500 is input.schema-invalid's",
      given: invalid(rawAnswer(at("schema-invalid:pay:missing:acquirerId", {}), 500)),
      want: "skip",
    },
  ])("$name → $want", ({ given, want }) => expect(verdictOf(inputSchemaInvalidParamIllegal, given)).toBe(want));
});

describe("input.oversized-body", () => {
  test.each([
    {
      name: "413, then alive",
      given: invalid(rawAnswer(at("oversized", {}), 413, "too large"), at("alive", notFound)),
      want: "pass",
    },
    {
      name: "F PARAM_ILLEGAL, then alive",
      given: invalid(at("oversized", illegal), at("alive", notFound)),
      want: "pass",
    },
    { name: "HTTP 500", given: invalid(rawAnswer(at("oversized", {}), 500), at("alive", notFound)), want: "fail" },
    {
      name: "accepted (2 MiB evaluated S)",
      given: invalid(at("oversized", result("S", "SUCCESS")), at("alive", notFound)),
      want: "fail",
    },
    {
      name: "refused, but then dead",
      given: invalid(rawAnswer(at("oversized", {}), 413), unanswered(at("alive", notFound), "refused")),
      want: "fail",
    },
    {
      name: "refused, then a slow inquiry: timing's",
      given: invalid(rawAnswer(at("oversized", {}), 413), unanswered(at("alive", notFound), "timeout")),
      want: "skip",
    },
    {
      name: "refused in the legacy envelope: values.result-envelope's",
      given: invalid(at("oversized", { resultInfo: { resultCodeId: "PARAM_ILLEGAL" } }), at("alive", notFound)),
      want: "skip",
    },
  ])("$name → $want", ({ given, want }) => expect(verdictOf(inputOversizedBody, given)).toBe(want));
});
