/**
 * The reference MPP's clocks: how long codes live, how often callbacks are retried, when an
 * unverified order closes. `defaultTiming` is a believable production MPP; `fastTiming` lets a
 * whole conformance run (retries included) finish in seconds.
 */
export interface Timing {
  /** How long an SMS code stays valid after it was sent. */
  codeExpiryMs: number;
  /** Wrong PIN/code submissions allowed before the payment fails. */
  maxWrongAttempts: number;
  /** Delay before the 2nd, 3rd, ... callback attempt; the last entry repeats. */
  retryBackoffMs: number[];
  /** Attempts per callback, the first included. */
  maxCallbackAttempts: number;
  /** How long one callback waits for Alipay+'s acknowledgement (docs/alipayplus/apis-and-timeouts.md#timeouts: 5 s). */
  callbackTimeoutMs: number;
  /** Lifetime of an order whose pay request carries no paymentExpiryTime. */
  defaultExpiryMs: number;
}

export const defaultTiming: Timing = {
  codeExpiryMs: 5 * 60_000,
  maxWrongAttempts: 3,
  retryBackoffMs: [2_000, 10_000, 30_000, 60_000, 300_000],
  maxCallbackAttempts: 10,
  callbackTimeoutMs: 5_000,
  defaultExpiryMs: 15 * 60_000,
};

export const fastTiming: Timing = {
  codeExpiryMs: 60_000,
  maxWrongAttempts: 3,
  retryBackoffMs: [50, 100, 200],
  maxCallbackAttempts: 10,
  // Short, but not so short that a loaded machine's late acknowledgement looks like no answer.
  callbackTimeoutMs: 2_000,
  defaultExpiryMs: 15 * 60_000,
};

export function resolveTiming(partial: Partial<Timing> | undefined): Timing {
  const timing = { ...defaultTiming, ...partial };
  if (timing.retryBackoffMs.length === 0) throw new Error("timing.retryBackoffMs needs at least one delay");
  if (timing.maxCallbackAttempts < 1) throw new Error("timing.maxCallbackAttempts must be at least 1");
  return timing;
}

/** The delay before attempt number `attempt + 1`, given `attempt` attempts already made. */
export function backoffAfter(timing: Timing, attempt: number): number {
  const list = timing.retryBackoffMs;
  return list[Math.min(attempt - 1, list.length - 1)] ?? list[list.length - 1]!;
}
