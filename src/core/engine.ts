/**
 * The engine's parts as scenarios see them: the signed MPP client, the Alipay+ simulator's control
 * plane and the verification drivers. Client, simulator and drivers implement these; scenarios only
 * use them, so each side can be tested alone and neither imports the other.
 */
import type { CallbackOperation, MppOperation, Operation } from "../../generated/validate";
import type { StepLabel } from "./scenarioNames";
import type { Exchange, VerificationRecord } from "./trace";

export interface CallOptions {
  /** Scenario step recorded on the exchange, e.g. "evaluation". */
  step: StepLabel;
  /** Override the signing: "none" sends no Signature header, "bad" a wrong one. */
  signature?: "valid" | "none" | "bad";
  /** Override the Client-Id header (e.g. an unknown client). */
  clientId?: string;
  /** Bound on waiting for the answer; defaults to Alipay+'s timeout for the API (8 s pay, 5 s inquiry). */
  timeoutMs?: number;
}

/** Signed Alipay+ -> MPP calls. Never throws on a bad target: failures are recorded in the exchange. */
export interface MppClient {
  call(api: MppOperation, body: unknown, options: CallOptions): Promise<Exchange>;
  /** Sends raw bytes (e.g. malformed JSON), signed as given unless options say otherwise. */
  callRaw(api: MppOperation, body: string | Buffer, options: CallOptions): Promise<Exchange>;
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
  script(paymentRequestId: string, api: CallbackOperation, answers: CallbackAnswer[]): void;
  /** Callbacks received so far for this payment (recorded exchanges, direction from-mpp). */
  received(paymentRequestId: string, api?: Operation): Exchange[];
  /**
   * Resolves when `count` callbacks of `api` have arrived for the payment, or when timeoutMs
   * passes (then resolves with what arrived). Never rejects.
   */
  waitFor(paymentRequestId: string, api: CallbackOperation, count: number, timeoutMs: number): Promise<Exchange[]>;
  /** Resolves when the browser reaches the redirect URL of this payment, or undefined on timeout. */
  waitForRedirect(paymentRequestId: string, timeoutMs: number): Promise<string | undefined>;
}

export interface VerificationRequest {
  step: StepLabel;
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
