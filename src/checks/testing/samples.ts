/**
 * Bodies for the wire-check tests: the seed's own samples (kept verbatim in spec/examples/)
 * and clean bodies of a conforming MPP. Only for tests.
 */
export { seed } from "./seedSamples";

export const ORDER_ID = "2023091819074101000380025683717";
export const AGREEMENT_ID = "2023091819074101000380025683799";
export const PAYMENT_ID = "201000000000000000000000004444";
export const CUSTOMER_ID = "217010000018847072594";
export const NOTIFY_URL = "http://127.0.0.1:2/notify/2023091819074101000380025683717/aps/api/v1/payments/notifyPayment";
const amount = { currency: "IDR", value: "5000" };
/** What the MPP settles to Alipay+: another currency and value, as the kit sends it. */
export const PAY_TO_AMOUNT = { currency: "KRW", value: "65000" };
const ids = { acquirerId: "1022188000000000001", pspId: "1022160000000000000" };

const ok = (code = "SUCCESS", status = "S") => ({
  resultCode: code,
  resultStatus: status,
  resultMessage: code.toLowerCase(),
});

export const clean = {
  orderRequest: (oneClick = false): Record<string, unknown> => ({
    ...ids,
    paymentRequestId: ORDER_ID,
    paymentAmount: amount,
    payToAmount: PAY_TO_AMOUNT,
    order: {
      referenceOrderId: "o-1",
      orderDescription: "gift",
      orderAmount: amount,
      merchant: { referenceMerchantId: "m-1" },
    },
    paymentMethod: {
      paymentMethodType: "ALIPAY_HK",
      paymentMethodMetaData: { userLoginId: "852-95303585", userLoginIdType: "MOBILE" },
    },
    paymentFactor: {
      isAgreementPayment: "true",
      isEasyPayScenario: "true",
      ...(oneClick ? { isAuthorizationAndPay: "true" } : {}),
    },
    ...(oneClick
      ? {
          authorizationInfo: { authClientId: "2188120040699147", authState: "s-1", referenceAgreementId: AGREEMENT_ID },
        }
      : {}),
    paymentNotifyUrl: NOTIFY_URL,
    paymentRedirectUrl: "http://127.0.0.1:2/result/1?ps=EASY_PAY",
  }),
  orderResponse: {
    result: ok("PAYMENT_IN_PROCESS", "U"),
    paymentId: PAYMENT_ID,
    paymentUrl: "http://127.0.0.1:1/verify/1",
    customerId: CUSTOMER_ID,
  },
  inquiryRequest: { ...ids, paymentRequestId: ORDER_ID },
  inquiryResponse: (paymentResult: Record<string, unknown> = ok()) => ({
    result: ok(),
    paymentResult,
    paymentRequestId: ORDER_ID,
    paymentId: PAYMENT_ID,
    paymentAmount: amount,
    customerId: CUSTOMER_ID,
  }),
  notify: (paymentResult: Record<string, unknown> = ok()): Record<string, unknown> => ({
    ...ids,
    paymentRequestId: ORDER_ID,
    paymentId: PAYMENT_ID,
    paymentResult,
    paymentAmount: amount,
    payToAmount: PAY_TO_AMOUNT,
    customerId: CUSTOMER_ID,
    paymentTime: "2023-09-18T09:40:00+08:00",
  }),
  authNotify: (): Record<string, unknown> => ({
    ...ids,
    authorizationNotifyType: "TOKEN_CREATED",
    referenceAgreementId: AGREEMENT_ID,
    accessToken: "2816660352710421693892531000ZCl8FEuhWe4Tcu000369",
    accessTokenExpiryTime: "2033-09-02T13:41:58+08:00",
    customerId: CUSTOMER_ID,
  }),
  ok,
  notFound: { result: { resultCode: "ORDER_NOT_EXIST", resultStatus: "F", resultMessage: "order not exist" } },
};
