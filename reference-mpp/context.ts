/**
 * Everything one running reference MPP owns. There is no module-level state: the kit starts
 * many instances side by side (one per fault), each with its own context.
 */
import type { CallbackDispatcher } from "./callbacks/callbackDispatcher";
import type { FaultSet } from "./faults";
import type { ExpiryTimers } from "./payments/expiryTimers";
import type { CallbackStore } from "./store/callbackStore";
import type { PaymentStore } from "./store/paymentStore";
import type { SmsCodeStore } from "./store/smsCodeStore";
import type { Timing } from "./timing";
import type { PageStyle } from "./verification/pageStyles";

export interface MppContext {
  readonly clientId: string;
  readonly alipayPublicKeyPem: string;
  readonly mppPrivateKeyPem: string;
  /** Default target of callbacks; the API paths are appended. */
  readonly alipayBaseUrl: string;
  readonly sandbox: boolean;
  /** The verification page's shape (verification/pageStyles.ts). */
  readonly pageStyle: PageStyle;
  readonly timing: Timing;
  readonly faults: FaultSet;
  readonly payments: PaymentStore;
  readonly smsCodes: SmsCodeStore;
  readonly callbackStore: CallbackStore;
  readonly callbacks: CallbackDispatcher;
  readonly expiry: ExpiryTimers;
  /** Only the evaluation-reserves-id fault writes here: evaluations are otherwise never kept. */
  readonly evaluationCache: Map<string, Record<string, unknown>>;
  /** Aborted on close: long waits (the slow-* faults) end with it. */
  readonly closing: AbortSignal;
  /** Known once the server listens; paymentUrl is built from it. */
  baseUrl: string;
}
