/**
 * Pure builders of the requests the kit sends as Alipay+, in the seed's shape (step 1 and
 * step 2 samples): acquirerId/pspId from the target, amounts from config.order, every flag a
 * string "true". Scenarios change one thing on purpose; everything else stays seed-like.
 */
import type { InquiryPaymentRequest, PayRequest } from "../../generated/types";
import type { AccountConfig, KitConfig } from "../config";
import { isoDateTime } from "../core/isoTime";
import { paymentAmountOf, payToAmountOf } from "./amounts";

/** The seed's merchant, verbatim: the MPP sees a merchant it would see from Alipay+. */
const seedMerchant = {
  merchantAddress: { region: "SG" },
  merchantDisplayName: "testAliasName",
  merchantMCC: "5021",
  merchantName: "testAliasName",
  referenceMerchantId: "2188120040699147",
};

export interface OrderOptions {
  /** The user enabled one-click payment: isAuthorizationAndPay "true" + authorizationInfo. */
  oneClick: boolean;
  notifyUrl?: string;
  redirectUrl: string;
  /** paymentExpiryTime; absent means the MPP's default. */
  expiry?: Date;
}

function common(config: KitConfig, account: AccountConfig, paymentRequestId: string) {
  const amount = paymentAmountOf(config.order, paymentRequestId);
  return {
    acquirerId: config.target.acquirerId,
    pspId: config.target.pspId,
    paymentRequestId,
    order: {
      merchant: seedMerchant,
      orderAmount: amount,
      orderDescription: `easypay-conformance order ${paymentRequestId}`,
      referenceOrderId: `order-${paymentRequestId}`,
    },
    paymentAmount: amount,
    payToAmount: payToAmountOf(config.order, paymentRequestId),
    metaData: { userLoginId: account.userLoginId, userLoginIdType: account.userLoginIdType },
  };
}

/** Phase 1: may this account pay? paymentMethodId "" so the MPP must use userLoginId (seed step 1 (docs/alipayplus/easy-pay-flow.md#step-1-evaluation)). */
export function evaluationRequest(config: KitConfig, account: AccountConfig, paymentRequestId: string): PayRequest {
  const { metaData, ...base } = common(config, account, paymentRequestId);
  return {
    ...base,
    paymentFactor: { isAgreementPayment: "true", isEasyPayScenario: "true", isPaymentEvaluation: "true" },
    paymentMethod: {
      paymentMethodId: "",
      paymentMethodMetaData: metaData,
      paymentMethodType: config.order.paymentMethodType,
    },
  };
}

/** The authorization the merchant asks for when the user enables one-click payment. */
export function authorizationInfoFor(paymentRequestId: string) {
  return {
    authClientId: seedMerchant.referenceMerchantId,
    authState: `authState-${paymentRequestId}`,
    // The seed reuses the paymentRequestId as referenceAgreementId; a prefix keeps them
    // apart so a check can tell which one an authNotify carries.
    referenceAgreementId: `ra${paymentRequestId}`.slice(0, 64),
  };
}

/** Phase 2: create the order; no paymentMethodId at all, as in the seed's step 2 sample. */
export function orderRequest(
  config: KitConfig,
  account: AccountConfig,
  paymentRequestId: string,
  options: OrderOptions,
): PayRequest {
  const { metaData, ...base } = common(config, account, paymentRequestId);
  return {
    ...base,
    paymentFactor: {
      isAgreementPayment: "true",
      isEasyPayScenario: "true",
      ...(options.oneClick ? { isAuthorizationAndPay: "true" as const } : {}),
    },
    ...(options.oneClick ? { authorizationInfo: authorizationInfoFor(paymentRequestId) } : {}),
    paymentMethod: { paymentMethodMetaData: metaData, paymentMethodType: config.order.paymentMethodType },
    paymentRedirectUrl: options.redirectUrl,
    ...(options.notifyUrl ? { paymentNotifyUrl: options.notifyUrl } : {}),
    ...(options.expiry ? { paymentExpiryTime: isoDateTime(options.expiry) } : {}),
  };
}

/** inquiryPayment as Alipay+ sends it; another acquirerId/pspId probes access scoping. */
export function inquiryRequest(
  config: KitConfig,
  paymentRequestId: string,
  scope: { acquirerId?: string; pspId?: string } = {},
): InquiryPaymentRequest {
  return {
    acquirerId: scope.acquirerId ?? config.target.acquirerId,
    pspId: scope.pspId ?? config.target.pspId,
    paymentRequestId,
  };
}

/** A different id of the same shape (same length, digits stay digits), for scoping probes. */
export function otherId(id: string): string {
  const last = id.slice(-1);
  const replacement = /\d/.test(last) ? String((Number(last) + 1) % 10) : last === "X" ? "Y" : "X";
  return id.length > 0 ? id.slice(0, -1) + replacement : "X";
}
