/**
 * The timing a profile implies. `seed` is Alipay+'s own schedule from the integration guide
 * (inquiry every 10 s, at most 12 times); `fast` is for local targets such as the embedded
 * reference MPP, whose callback timeouts are configured short to match.
 */
import type { KitConfig } from "../config";

type Timing = Required<KitConfig["timing"]>;

const alipayTimeouts = { payTimeoutMs: 8_000, inquiryTimeoutMs: 5_000 };

/** What an MPP waits for Alipay+'s answer to its callbacks when its config declares nothing (docs/alipayplus/apis-and-timeouts.md#timeouts). */
export const DEFAULT_MPP_CALLBACK_TIMEOUT_MS = 5_000;

/** How much longer than the MPP's callback timeout a scripted no-answer stays silent. */
export const NO_ANSWER_MARGIN_MS = 1_000;

/** The no-answer silence a timing implies: longer than the MPP waits, in every profile. */
export function noAnswerFor(mppCallbackTimeoutMs: number): number {
  return mppCallbackTimeoutMs + NO_ANSWER_MARGIN_MS;
}

export const timingProfiles: Record<Timing["profile"], Timing> = {
  seed: {
    profile: "seed",
    ...alipayTimeouts,
    inquiryIntervalMs: 10_000,
    inquiryMaxAttempts: 12,
    callbackWaitMs: 60_000,
    mppCallbackTimeoutMs: DEFAULT_MPP_CALLBACK_TIMEOUT_MS,
    noAnswerMs: noAnswerFor(DEFAULT_MPP_CALLBACK_TIMEOUT_MS),
  },
  fast: {
    profile: "fast",
    ...alipayTimeouts,
    inquiryIntervalMs: 100,
    inquiryMaxAttempts: 50,
    callbackWaitMs: 3_000,
    // A local MPP may still wait Alipay+'s 5 s for an answer: the silence outlasts it. A target
    // that declares a shorter mppCallbackTimeoutMs (the embedded one: 2 s) gets a shorter one.
    mppCallbackTimeoutMs: DEFAULT_MPP_CALLBACK_TIMEOUT_MS,
    noAnswerMs: noAnswerFor(DEFAULT_MPP_CALLBACK_TIMEOUT_MS),
  },
};

/** Bound on one verification when the config gives none. */
export const verificationTimeoutMs: Record<Timing["profile"], number> = { seed: 60_000, fast: 30_000 };
