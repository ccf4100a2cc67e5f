/**
 * The timing a profile implies. `seed` is Alipay+'s own schedule from the integration guide
 * (inquiry every 10 s, at most 12 times); `fast` is for local targets such as the embedded
 * reference MPP, whose callback timeouts are configured short to match.
 */
import type { KitConfig } from "../config";

type Timing = Required<KitConfig["timing"]>;

const alipayTimeouts = { payTimeoutMs: 8_000, inquiryTimeoutMs: 5_000 };

export const timingProfiles: Record<Timing["profile"], Timing> = {
  seed: {
    profile: "seed",
    ...alipayTimeouts,
    inquiryIntervalMs: 10_000,
    inquiryMaxAttempts: 12,
    callbackWaitMs: 60_000,
    // The MPP should give up on Alipay+ after 5 s (facts §1): stay silent a little longer.
    noAnswerMs: 6_000,
  },
  fast: {
    profile: "fast",
    ...alipayTimeouts,
    inquiryIntervalMs: 100,
    inquiryMaxAttempts: 50,
    callbackWaitMs: 3_000,
    // Longer than the embedded reference MPP's callback timeout (2 s in its fast timing).
    noAnswerMs: 2_500,
  },
};

/** Bound on one verification when the config gives none. */
export const verificationTimeoutMs: Record<Timing["profile"], number> = { seed: 60_000, fast: 30_000 };
