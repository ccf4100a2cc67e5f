import { validate } from "../../generated/validate";
import { invalidRequests, malformedJson, oversizedJson } from "./invalidRequests";
import { requestConstraints } from "./requestConstraints";
import { evaluationRequest, inquiryRequest } from "./requests";
import { testKitConfig } from "./testing/kitConfig";

const config = testKitConfig();

describe("invalid requests derived from the spec", () => {
  const pay = invalidRequests(evaluationRequest(config, config.accounts.payable, "1"), requestConstraints("pay"));
  const inquiry = invalidRequests(inquiryRequest(config, "1"), requestConstraints("inquiryPayment"));

  it("covers each kind of schema violation", () => {
    const kinds = (list: typeof pay) => [...new Set(list.map((r) => r.what.split(":")[0]))].sort();
    expect(kinds(pay)).toEqual(["enum", "missing", "too-long", "wrong-type"]);
    expect(kinds(inquiry)).toEqual(["missing", "too-long", "wrong-type"]);
    expect(pay.map((r) => r.what)).toContain("enum:paymentFactor.isPaymentEvaluation");
  });

  it.each([...pay.map((r) => ["pay", r] as const), ...inquiry.map((r) => ["inquiryPayment", r] as const)])(
    "%s %p is rejected by the spec's own validator",
    (op, { body }) => {
      expect(validate(op, "request", body).valid).toBe(false);
    },
  );

  it("changes only the copy, never the base request", () => {
    const base = inquiryRequest(config, "1");
    invalidRequests(base, requestConstraints("inquiryPayment"));
    expect(base).toEqual(inquiryRequest(config, "1"));
  });

  it("makes malformed JSON and an oversized but valid body", () => {
    const body = inquiryRequest(config, "1");
    expect(() => JSON.parse(malformedJson(body))).toThrow();
    const big = oversizedJson(body, 2 * 1024 * 1024);
    expect(big.length).toBe(2 * 1024 * 1024);
    expect(validate("inquiryPayment", "request", JSON.parse(big))).toEqual({ valid: true });
  });
});
