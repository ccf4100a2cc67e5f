import { validate } from "../../generated/validate";
import { payToAmountOf } from "./amounts";
import { evaluationRequest, inquiryRequest, orderRequest, otherId } from "./requests";
import { testKitConfig } from "./testing/kitConfig";

const config = testKitConfig();
const account = config.accounts.payable;
const id = "2023091819074101000930025674948";
const redirectUrl = "http://127.0.0.1:9/result/1?paymentSessionData=a%2Bb%3D%26%26SG&ps=EASY_PAY";

describe("request builders", () => {
  const cases = [
    ["evaluation", "pay", evaluationRequest(config, account, id)],
    ["order", "pay", orderRequest(config, account, id, { oneClick: false, redirectUrl })],
    [
      "one-click order with notify URL and expiry",
      "pay",
      orderRequest(config, account, id, {
        oneClick: true,
        redirectUrl,
        notifyUrl: "http://127.0.0.1:9/p/1/n",
        expiry: new Date(0),
      }),
    ],
    ["inquiry", "inquiryPayment", inquiryRequest(config, id)],
    [
      "inquiry under another acquirer",
      "inquiryPayment",
      inquiryRequest(config, id, { acquirerId: otherId(config.target.acquirerId) }),
    ],
  ] as const;

  it.each(cases)("%s validates against the spec", (_name, op, body) => {
    expect(validate(op, "request", body)).toEqual({ valid: true });
  });

  it("evaluates by login id with an empty paymentMethodId, as the seed does", () => {
    const body = evaluationRequest(config, account, id);
    expect(body.paymentFactor).toEqual({
      isAgreementPayment: "true",
      isEasyPayScenario: "true",
      isPaymentEvaluation: "true",
    });
    expect(body.paymentMethod).toMatchObject({
      paymentMethodId: "",
      paymentMethodMetaData: { userLoginId: "852-10000001", userLoginIdType: "MOBILE" },
    });
  });

  it("creates orders without isPaymentEvaluation and with authorizationInfo only for one-click", () => {
    const plain = orderRequest(config, account, id, { oneClick: false, redirectUrl });
    const oneClick = orderRequest(config, account, id, { oneClick: true, redirectUrl });
    expect(plain.paymentFactor).not.toHaveProperty("isPaymentEvaluation");
    expect(plain).not.toHaveProperty("authorizationInfo");
    expect(plain.paymentMethod).not.toHaveProperty("paymentMethodId");
    expect(oneClick.paymentFactor).toMatchObject({ isAuthorizationAndPay: "true" });
    expect(oneClick.authorizationInfo?.referenceAgreementId).toBeTruthy();
    expect(plain.paymentRedirectUrl).toBe(redirectUrl);
  });

  it("takes ids and amounts from the config", () => {
    const body = orderRequest(config, account, id, { oneClick: false, redirectUrl });
    expect(body).toMatchObject({
      acquirerId: "1022188000000000001",
      pspId: "1022160000000000000",
      paymentRequestId: id,
    });
    // The configured 1000, raised by this id's own 2 steps of 100 minor units.
    expect(body.paymentAmount).toEqual({ currency: "HKD", value: "1200" });
  });

  it("gives each payment its own amount, and a repeat of an id the same one", () => {
    const amountOf = (paymentRequestId: string) =>
      orderRequest(config, account, paymentRequestId, { oneClick: false, redirectUrl }).paymentAmount;
    expect(amountOf("2")).toEqual({ currency: "HKD", value: "1000" });
    expect(amountOf("1")).toEqual({ currency: "HKD", value: "1900" });
    expect(amountOf(id)).toEqual(evaluationRequest(config, account, id).paymentAmount);
  });

  it("keeps paymentAmount and payToAmount apart: another currency and another value", () => {
    const body = orderRequest(config, account, id, { oneClick: false, redirectUrl });
    expect(body.payToAmount).toEqual({ currency: "KRW", value: "15600" });
    const declared = orderRequest(
      { ...config, order: { ...config.order, payToCurrency: "JPY", payToValue: "150" } },
      account,
      id,
      { oneClick: false, redirectUrl },
    );
    expect(declared.payToAmount).toEqual({ currency: "JPY", value: "350" });
  });

  it.each([
    ["HKD", "1000", { currency: "KRW", value: "13000" }],
    ["KRW", "5000", { currency: "JPY", value: "65000" }],
    ["IDR", "9999999999999999", { currency: "KRW", value: "9999999999999998" }],
  ])("derives payToAmount from %s %s", (currency, value, want) => {
    expect(payToAmountOf({ currency, value, paymentMethodType: "X" }, "2")).toEqual(want);
  });

  it("derives other ids of the same shape", () => {
    expect(otherId("1022188000000000001")).toBe("1022188000000000002");
    expect(otherId("1022188000000000009")).toBe("1022188000000000000");
    expect(otherId("SANDBOX_A")).toBe("SANDBOX_X");
  });
});
