/**
 * Bodies and exchanges for the flow-check tests: a conforming MPP's answers, the seed's own
 * samples verbatim (slips included), and small ways to break them. Only for tests.
 */
import type { Exchange } from "../../core/trace";
import { call } from "./traceBuilder";

const ids = { acquirerId: "1022188000000000001", pspId: "1022160000000000000" };
const amount = { currency: "HKD", value: "1000" };
/** The kit keeps the two amounts apart: another currency, another value. */
export const PAY_TO_AMOUNT = { currency: "KRW", value: "13000" };
export const PAYMENT_ID = "201000000000000000000000004444";
export const CUSTOMER_ID = "2160220000000001";

export const result = (resultStatus: string, resultCode: string) => ({
  result: { resultCode, resultStatus, resultMessage: resultCode.toLowerCase() },
});

export function evaluationRequest(id: string, userLoginId = "852-10000001") {
  return {
    ...ids,
    paymentRequestId: id,
    paymentAmount: amount,
    order: { referenceOrderId: `o-${id}`, orderDescription: "gift", orderAmount: amount },
    paymentFactor: { isAgreementPayment: "true", isEasyPayScenario: "true", isPaymentEvaluation: "true" },
    paymentMethod: {
      paymentMethodId: "",
      paymentMethodMetaData: { userLoginId, userLoginIdType: "MOBILE" },
      paymentMethodType: "ALIPAY_HK",
    },
  };
}

export function orderRequest(id: string, extra: Record<string, unknown> = {}) {
  return {
    ...ids,
    paymentRequestId: id,
    paymentAmount: amount,
    payToAmount: PAY_TO_AMOUNT,
    order: { referenceOrderId: `o-${id}`, orderDescription: "gift", orderAmount: amount },
    paymentFactor: { isAgreementPayment: "true", isEasyPayScenario: "true" },
    paymentMethod: {
      paymentMethodMetaData: { userLoginId: "852-10000001", userLoginIdType: "MOBILE" },
      paymentMethodType: "ALIPAY_HK",
    },
    paymentRedirectUrl: `http://127.0.0.1:2/result/${id}?paymentSessionData=n5x%2BaN%2F%3D%3D%26%26SG&ps=EASY_PAY`,
    ...extra,
  };
}

export const pending = (paymentId = PAYMENT_ID) => ({
  ...result("U", "PAYMENT_IN_PROCESS"),
  paymentId,
  paymentUrl: "http://127.0.0.1:1/verify/1",
  customerId: CUSTOMER_ID,
});

export const inquiryRequest = (id: string, scope: Partial<typeof ids> = {}) => ({
  ...ids,
  ...scope,
  paymentRequestId: id,
});

export const inquiryAnswer = (status: string, code: string, extra: Record<string, unknown> = {}) => ({
  ...result("S", "SUCCESS"),
  paymentResult: { resultCode: code, resultStatus: status, resultMessage: code.toLowerCase() },
  paymentId: PAYMENT_ID,
  paymentAmount: amount,
  customerId: CUSTOMER_ID,
  ...extra,
});

export const notFound = result("F", "ORDER_NOT_EXIST");

export { seed } from "./seedSamples";

/** The exchange as if the target never answered. */
export function unanswered(x: Exchange, kind: NonNullable<Exchange["error"]>["kind"] = "timeout"): Exchange {
  const { response: _dropped, ...rest } = x;
  return { ...rest, error: { kind, message: kind === "timeout" ? "no answer in time" : kind } };
}

/** The exchange answered with a raw (non-JSON) body. */
export function rawAnswer(x: Exchange, status: number, body = "<h1>error</h1>"): Exchange {
  return { ...x, response: { status, headers: { "content-type": "text/html" }, body } };
}

export { call };
