/**
 * Provider states of the Easy Pay contract, shared by the consumer tests that write them and
 * the verifier that reaches them through the MPP's own public API (stateHandlers.ts).
 */
export const states = {
  payableAccount: "a payable account",
  /** params: { resultCode } — the rejection the config declares for one of its accounts. */
  accountThatCannotPay: "an account that cannot pay",
  orderInProcess: "an order in process",
  succeededPayment: "a succeeded payment",
  failedPayment: "a failed payment",
  noPayment: "no payment with the paymentRequestId",
  /** The verifier signs this interaction's request over other bytes than it sends. */
  badSignature: "a request whose signature does not verify",
} as const;

export type StateName = (typeof states)[keyof typeof states];

/**
 * The values a state hands to its interaction (`fromProviderState("${name}")`): ids made by
 * the MPP or fresh for this run, and the target's own ids, accounts and amounts from config.
 */
export interface StateValues {
  paymentRequestId: string;
  acquirerId: string;
  pspId: string;
  userLoginId: string;
  userLoginIdType: string;
  /** paymentAmount (and orderAmount) of the order the state created. */
  currency: string;
  value: string;
  /** payToAmount: another currency and value than paymentAmount, so a mix-up shows. */
  payToCurrency: string;
  payToValue: string;
  paymentMethodType: string;
  paymentRedirectUrl: string;
  referenceOrderId: string;
  orderDescription: string;
  authClientId: string;
  authState: string;
  referenceAgreementId: string;
  /** Only after an order was created. */
  paymentId?: string;
}
