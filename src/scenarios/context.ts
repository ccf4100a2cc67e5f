/**
 * What a scenario is given to drive the target: the engine's parts (src/core/engine.ts), the
 * configuration, and the trace it records into.
 */

import type { KitConfig } from "../config";
import type { MppClient, SimulatorControl, VerificationDriver } from "../core/engine";
import type { Trace } from "../core/trace";

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
