// The seed's invalid samples are rejected with messages a person can act on: each names the
// wrong or missing field.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { type Direction, type Operation, validate } from "../../generated/validate";

const example = (file: string): unknown =>
  JSON.parse(readFileSync(join(__dirname, "../../spec/examples", file), "utf8"));

function messages(op: Operation, dir: Direction, body: unknown): string[] {
  const result = validate(op, dir, body);
  return result.valid ? [] : result.errors.map((e) => e.message);
}

it("phase-1 response with the legacy resultInfo envelope: result is missing", () => {
  expect(messages("pay", "response", example("pay-evaluation.seed-response.json"))).toEqual([
    "$ must have required property 'result'",
  ]);
});

it('phase-2 response with lowercase "u": names resultStatus, the allowed values and the value sent', () => {
  expect(messages("pay", "response", example("pay-order.seed-response.json"))).toEqual([
    '$.result.resultStatus must be one of "S", "F", "U" (got "u")',
  ]);
});

it("authNotify request without authorizationNotifyType: names the field", () => {
  expect(messages("authNotify", "request", example("authnotify.seed-request.json"))).toEqual([
    "$ must have required property 'authorizationNotifyType'",
  ]);
});

it("with authorizationNotifyType added, the missing referenceAgreementId is named", () => {
  const fixed = { ...(example("authnotify.seed-request.json") as object), authorizationNotifyType: "TOKEN_CREATED" };
  expect(messages("authNotify", "request", fixed)).toEqual(["$ must have required property 'referenceAgreementId'"]);
});

it("the seed's two pay requests validate as they are", () => {
  expect(validate("pay", "request", example("pay-evaluation.request.json"))).toEqual({ valid: true });
  expect(validate("pay", "request", example("pay-order.request.json"))).toEqual({ valid: true });
});

describe("message formats", () => {
  const order = example("pay-order.response.json") as Record<string, unknown>;

  it("type errors name the type wanted and the value sent", () => {
    const body = { ...order, paymentAmount: { currency: "IDR", value: 50 } };
    expect(messages("pay", "response", body)).toEqual(["$.paymentAmount.value must be string (got number 50)"]);
  });

  it("length errors give the bound and the length", () => {
    const body = { ...order, paymentId: "x".repeat(65) };
    expect(messages("pay", "response", body)).toEqual(["$.paymentId must NOT have more than 64 characters (got 65)"]);
  });

  it("pattern errors show the pattern and the value", () => {
    const body = { ...order, paymentAmount: { currency: "idr", value: "050" } };
    expect(messages("pay", "response", body)).toEqual([
      '$.paymentAmount.currency must match pattern "^[A-Z]{3}$" (got "idr")',
      '$.paymentAmount.value must match pattern "^(0|[1-9][0-9]{0,15})$" (got "050")',
    ]);
  });

  it("date-time errors say what a date-time must look like, once", () => {
    for (const bad of [
      "2023-09-18 09:47:51",
      "2023-09-18T09:47:51",
      "2023-09-18T09:47+08:00",
      "2023-02-30T09:47:51+08:00",
    ]) {
      expect(messages("pay", "response", { ...order, paymentTime: bad })).toEqual([
        `$.paymentTime must be an ISO 8601 date-time with seconds and offset, e.g. 2023-09-18T09:47:51+08:00 (got "${bad}")`,
      ]);
    }
    expect(validate("pay", "response", { ...order, paymentTime: "2025-02-20T08:51:49.09Z" })).toEqual({ valid: true });
  });

  it("format errors name the format", () => {
    expect(messages("pay", "response", { ...order, paymentUrl: "not a url" })).toEqual([
      '$.paymentUrl must be a valid uri (got "not a url")',
    ]);
  });

  it("a secret's value never appears in an error", () => {
    const token = `SECRET-${"t".repeat(140)}`;
    const body = { ...(example("authnotify.request.json") as object), accessToken: token };
    const result = validate("authNotify", "request", body);
    expect(result.valid).toBe(false);
    expect(JSON.stringify(result)).not.toContain("SECRET-");
    expect(messages("authNotify", "request", body)).toEqual([
      "$.accessToken must NOT have more than 128 characters (got 147)",
    ]);
    expect(messages("authNotify", "request", { ...(body as object), accessToken: 42 })).toEqual([
      "$.accessToken must be string (got a secret of 2 characters)",
    ]);
  });

  it("a body that is not an object is named at $", () => {
    expect(messages("inquiryPayment", "request", "hello")).toEqual(['$ must be object (got "hello")']);
  });
});
