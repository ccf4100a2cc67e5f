/**
 * What a scenario is given to drive the target. The engine (client, simulator, drivers)
 * implements these interfaces; scenarios only use them, so each side can be tested alone.
 */
import type { ApiName, Exchange, Trace, VerificationRecord } from "../trace";
import type { KitConfig } from "../config";

export interface CallOptions {
  /** Scenario step recorded on the exchange, e.g. "evaluation". */
  step: string;
  /** Override the signing: "none" sends no Signature header, "bad" a wrong one. */
  signature?: "valid" | "none" | "bad";
  /** Override the Client-Id header (e.g. an unknown client). */
  clientId?: string;
  /** Bound on waiting for the answer; defaults to Alipay+'s timeout for the API (8 s pay, 5 s inquiry). */
  timeoutMs?: number;
}

/** Signed Alipay+ -> MPP calls. Never throws on a bad target: failures are recorded in the exchange. */
export interface MppClient {
  call(api: "pay" | "inquiryPayment", body: unknown, options: CallOptions): Promise<Exchange>;
  /** Sends raw bytes (e.g. malformed JSON), signed as given unless options say otherwise. */
  callRaw(api: "pay" | "inquiryPayment", body: string | Buffer, options: CallOptions): Promise<Exchange>;
}

/** How the simulator answers one callback. */
export type CallbackAnswer =
  | { kind: "S" }
  | { kind: "U" }
  | { kind: "F" }
  | { kind: "http-500" }
  | { kind: "no-answer"; forMs: number }
  | { kind: "bad-signature" };

/** The control plane of the Alipay+ simulator, scoped to a paymentRequestId. */
export interface SimulatorControl {
  /** Base URL the MPP must call back (notifyPayment, authNotify paths appended). */
  readonly baseUrl: string;
  /** A notify URL unique to this paymentRequestId, for paymentNotifyUrl. */
  notifyUrlFor(paymentRequestId: string): string;
  /** A result-page URL (with its own query) for paymentRedirectUrl; the simulator records hits. */
  redirectUrlFor(paymentRequestId: string): string;
  /** Answers for the next callbacks of this api and payment, in order; afterwards S. */
  script(paymentRequestId: string, api: "notifyPayment" | "authNotify", answers: CallbackAnswer[]): void;
  /** Callbacks received so far for this payment (recorded exchanges, direction from-mpp). */
  received(paymentRequestId: string, api?: ApiName): Exchange[];
  /**
   * Resolves when `count` callbacks of `api` have arrived for the payment, or when timeoutMs
   * passes (then resolves with what arrived). Never rejects.
   */
  waitFor(paymentRequestId: string, api: "notifyPayment" | "authNotify", count: number, timeoutMs: number): Promise<Exchange[]>;
  /** Resolves when the browser reaches the redirect URL of this payment, or undefined on timeout. */
  waitForRedirect(paymentRequestId: string, timeoutMs: number): Promise<string | undefined>;
}

export interface VerificationRequest {
  step: string;
  paymentRequestId: string;
  paymentUrl: string;
  /** The paymentRedirectUrl sent in pay. */
  redirectBase: string;
  /** The account verifying: its login id, PIN and (if known) SMS code source. */
  account: { userLoginId: string; pin?: string; smsCode?: string };
  intended: VerificationRecord["intended"];
  /** The MPP's paymentId from the pay response: the SMS outbox and the http driver's hook need it. */
  paymentId?: string;
}

/** Completes the user's verification step on the MPP's page. */
export interface VerificationDriver {
  readonly name: "browser" | "form" | "http" | "manual";
  verify(request: VerificationRequest): Promise<VerificationRecord>;
  close(): Promise<void>;
}

export interface ScenarioContext {
  config: KitConfig;
  mpp: MppClient;
  simulator: SimulatorControl;
  verifier: VerificationDriver;
  /** A fresh, unique paymentRequestId (digits, at most 64 chars). */
  newPaymentRequestId(): string;
  /** Record a free-form note into the trace. */
  note(text: string): void;
  /** The trace being built; exchanges from client and simulator are appended as they happen. */
  trace: Trace;
}
