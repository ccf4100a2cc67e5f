/**
 * The Easy Pay contract, Alipay+ -> MPP, as data: one entry per Pact interaction. Bodies start
 * from spec/examples (typed by generated/types); values that change per run or per MPP are
 * injected from the provider state (`fromProviderState`), values the rules fix (resultStatus,
 * resultCode, the "true" flags) are exact. The consumer test turns each entry into a Pact
 * interaction and validates both bodies against spec/.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { MatchersV3 } from "@pact-foundation/pact";
import type { Amount, InquiryPaymentRequest, PayRequest } from "../../generated/types";
import type { MppOperation } from "../../generated/validate";
import { type StateName, type StateValues, states } from "./states";

const { fromProviderState, regex, like } = MatchersV3;

/** The spec's paths (spec/mpp.yaml); the verifier maps them onto the target's configured paths. */
export const contractPaths: Record<MppOperation, string> = {
  pay: "/aps/api/v1/payments/pay",
  inquiryPayment: "/aps/api/v1/payments/inquiryPayment",
};

export interface MppInteraction {
  description: string;
  state: StateName;
  stateParams?: Record<string, string>;
  api: MppOperation;
  /** Body template: plain values and Pact matchers. */
  request: unknown;
  status: number;
  response: unknown;
  /** The answer carries Signature and Response-Time headers (an unsigned F to a bad signature may not, docs/alipayplus/messages-and-signatures.md#invalid-signature). */
  signedResponse: boolean;
}

function example<T>(file: string): T {
  return JSON.parse(readFileSync(join(__dirname, "..", "..", "spec", "examples", file), "utf8")) as T;
}

const payOrder = example<PayRequest>("pay-order.request.json");
const payEvaluation = example<PayRequest>("pay-evaluation.request.json");
const inquiry = example<InquiryPaymentRequest>("inquiry.request.json");
const payOrderResponse = example<{ paymentId: string; paymentUrl: string }>("pay-order.response.json");

const inject = <T>(name: keyof StateValues, exampleValue: T) => fromProviderState(`\${${name}}`, exampleValue);
/**
 * In an answer, an injected value must equal the state's (the repeat's paymentId, the
 * inquiry's amount). Pact's verifier only matches it by type, so the kit checks equality
 * itself for every ProviderState generator of a response (injectedValues.ts).
 */
const injectExact = inject;
const exactAmount = (a: Amount) => ({
  currency: injectExact("currency", a.currency),
  value: injectExact("value", a.value),
});
const amount = (a: Amount) => ({ currency: inject("currency", a.currency), value: inject("value", a.value) });
const payToAmount = (a: Amount) => ({
  currency: inject("payToCurrency", a.currency),
  value: inject("payToValue", a.value),
});
const result = (resultStatus: "S" | "F" | "U", resultCode: string) => ({ resultStatus, resultCode });

function common(base: PayRequest) {
  return {
    acquirerId: inject("acquirerId", base.acquirerId),
    pspId: inject("pspId", base.pspId),
    paymentRequestId: inject("paymentRequestId", base.paymentRequestId),
    order: {
      merchant: base.order.merchant,
      orderAmount: amount(base.order.orderAmount),
      orderDescription: inject("orderDescription", base.order.orderDescription),
      referenceOrderId: inject("referenceOrderId", base.order.referenceOrderId),
    },
    paymentAmount: amount(base.paymentAmount),
    payToAmount: payToAmount(base.payToAmount ?? base.paymentAmount),
  };
}

const metaData = (base: PayRequest) => ({
  userLoginId: inject("userLoginId", base.paymentMethod.paymentMethodMetaData?.userLoginId ?? ""),
  userLoginIdType: inject("userLoginIdType", base.paymentMethod.paymentMethodMetaData?.userLoginIdType ?? "MOBILE"),
});

/** Phase 1 (seed step 1 (docs/alipayplus/easy-pay-flow.md#step-1-evaluation)): paymentMethodId "" so the MPP finds the account by userLoginId. */
export function evaluationTemplate() {
  return {
    ...common(payEvaluation),
    paymentFactor: { isAgreementPayment: "true", isEasyPayScenario: "true", isPaymentEvaluation: "true" },
    paymentMethod: {
      paymentMethodId: "",
      paymentMethodMetaData: metaData(payEvaluation),
      paymentMethodType: inject("paymentMethodType", payEvaluation.paymentMethod.paymentMethodType),
    },
  };
}

/** Phase 2 (seed step 2 (docs/alipayplus/easy-pay-flow.md#step-2-order)), as the kit's orderRequest builds it (the repeat must equal the state's order). */
export function orderTemplate(oneClick: boolean) {
  const info = payOrder.authorizationInfo!;
  return {
    ...common(payOrder),
    paymentFactor: {
      isAgreementPayment: "true",
      isEasyPayScenario: "true",
      ...(oneClick ? { isAuthorizationAndPay: "true" } : {}),
    },
    ...(oneClick
      ? {
          authorizationInfo: {
            authClientId: inject("authClientId", info.authClientId),
            authState: inject("authState", info.authState),
            referenceAgreementId: inject("referenceAgreementId", info.referenceAgreementId),
          },
        }
      : {}),
    paymentMethod: {
      paymentMethodMetaData: metaData(payOrder),
      paymentMethodType: inject("paymentMethodType", payOrder.paymentMethod.paymentMethodType),
    },
    paymentRedirectUrl: inject("paymentRedirectUrl", payOrder.paymentRedirectUrl!),
  };
}

export function inquiryTemplate() {
  return {
    acquirerId: inject("acquirerId", inquiry.acquirerId),
    pspId: inject("pspId", inquiry.pspId),
    paymentRequestId: inject("paymentRequestId", inquiry.paymentRequestId),
  };
}

const inProcessAnswer = {
  result: result("U", "PAYMENT_IN_PROCESS"),
  paymentUrl: regex("^https?://\\S+$", payOrderResponse.paymentUrl),
  paymentId: like(payOrderResponse.paymentId),
};

/** The rejections the contract holds one interaction for (the embedded config's accounts by default). */
export function mppInteractions(rejectionCodes: readonly string[]): MppInteraction[] {
  const evaluation = (
    description: string,
    state: StateName,
    response: unknown,
    stateParams?: Record<string, string>,
  ): MppInteraction => ({
    description,
    state,
    stateParams,
    api: "pay",
    request: evaluationTemplate(),
    status: 200,
    response,
    signedResponse: true,
  });
  const inquiryOf = (description: string, state: StateName, response: unknown): MppInteraction => ({
    description,
    state,
    api: "inquiryPayment",
    request: inquiryTemplate(),
    status: 200,
    response,
    signedResponse: true,
  });
  return [
    evaluation("an evaluation of a payable account", states.payableAccount, { result: result("S", "SUCCESS") }),
    ...rejectionCodes.map((code) =>
      evaluation(
        `an evaluation of an account rejected with ${code}`,
        states.accountThatCannotPay,
        { result: result("F", code) },
        { resultCode: code },
      ),
    ),
    {
      description: "an order creation",
      state: states.payableAccount,
      api: "pay",
      request: orderTemplate(false),
      status: 200,
      response: inProcessAnswer,
      signedResponse: true,
    },
    {
      description: "an order creation with one-click authorization",
      state: states.payableAccount,
      api: "pay",
      request: orderTemplate(true),
      status: 200,
      response: inProcessAnswer,
      signedResponse: true,
    },
    {
      description: "a repeated order creation",
      state: states.orderInProcess,
      api: "pay",
      request: orderTemplate(false),
      status: 200,
      response: { ...inProcessAnswer, paymentId: injectExact("paymentId", payOrderResponse.paymentId) },
      signedResponse: true,
    },
    inquiryOf("an inquiry for an unknown paymentRequestId", states.noPayment, {
      result: result("F", "ORDER_NOT_EXIST"),
    }),
    inquiryOf("an inquiry for an order in process", states.orderInProcess, {
      result: result("S", "SUCCESS"),
      paymentResult: result("U", "PAYMENT_IN_PROCESS"),
      paymentId: injectExact("paymentId", payOrderResponse.paymentId),
    }),
    inquiryOf("an inquiry for a succeeded payment", states.succeededPayment, {
      result: result("S", "SUCCESS"),
      paymentResult: result("S", "SUCCESS"),
      paymentId: injectExact("paymentId", payOrderResponse.paymentId),
      paymentAmount: exactAmount(payOrder.paymentAmount),
    }),
    inquiryOf("an inquiry for a failed payment", states.failedPayment, {
      result: result("S", "SUCCESS"),
      paymentResult: { resultStatus: "F", resultCode: like("USER_PAYMENT_VERIFICATION_FAILED") },
      paymentId: injectExact("paymentId", payOrderResponse.paymentId),
    }),
    {
      description: "an order creation with a signature that does not verify",
      state: states.badSignature,
      api: "pay",
      request: orderTemplate(false),
      status: 200,
      response: { result: result("F", "INVALID_SIGNATURE") },
      signedResponse: false,
    },
  ];
}
