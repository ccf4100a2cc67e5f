/**
 * Alipay+'s inquiry polling (seed step 4 (docs/alipayplus/easy-pay-flow.md#step-4-payment-result): every 10 s, at most 12 times; the profile decides):
 * ask, and ask again after the interval, until the payment is final (paymentResult S or F) or
 * the inquiry itself fails (result F), or the attempts run out. Notes how many it took.
 */
import { setTimeout as delay } from "node:timers/promises";
import type { StepLabel } from "../core/scenarioNames";
import type { Exchange } from "../core/trace";
import type { ScenarioContext } from "./context";
import { inquiryRequest } from "./requests";

export interface PollOutcome {
  /** The last inquiry exchange, if any was made. */
  last?: Exchange;
  /** Whether a final paymentResult (S or F) was reached. */
  final: boolean;
  /** When the final answer arrived (epoch ms): callbacks about the payment fall due from then. */
  finalAt?: number;
  attempts: number;
}

/** Alipay+ keeps polling through a failure, but a dead target must not cost the whole schedule. */
const maxConsecutiveTransportFailures = 3;

const statusOf = (value: unknown): string | undefined =>
  value !== null && typeof value === "object" && typeof (value as { resultStatus?: unknown }).resultStatus === "string"
    ? (value as { resultStatus: string }).resultStatus.toUpperCase()
    : undefined;

function classify(x: Exchange): "final" | "stop" | "again" | "transport" {
  if (x.error || !x.response) return "transport";
  const body = x.response.json as { result?: unknown; paymentResult?: unknown } | undefined;
  const paymentStatus = statusOf(body?.paymentResult);
  if (paymentStatus === "S" || paymentStatus === "F") return "final";
  return statusOf(body?.result) === "F" ? "stop" : "again";
}

export async function pollInquiry(
  ctx: ScenarioContext,
  paymentRequestId: string,
  step: StepLabel,
): Promise<PollOutcome> {
  const { inquiryIntervalMs, inquiryMaxAttempts } = ctx.config.timing;
  let last: Exchange | undefined;
  let transportFailures = 0;
  for (let attempt = 1; attempt <= inquiryMaxAttempts; attempt += 1) {
    const started = Date.now();
    last = await ctx.mpp.call("inquiryPayment", inquiryRequest(ctx.config, paymentRequestId), { step });
    const verdict = classify(last);
    transportFailures = verdict === "transport" ? transportFailures + 1 : 0;
    if (verdict === "final" || verdict === "stop") {
      ctx.note(
        `${step}: ${verdict === "final" ? "final paymentResult" : "inquiry answered F"} after ${attempt} inquir${attempt === 1 ? "y" : "ies"} for ${paymentRequestId}`,
      );
      return {
        last,
        final: verdict === "final",
        ...(verdict === "final" ? { finalAt: Date.now() } : {}),
        attempts: attempt,
      };
    }
    if (transportFailures >= maxConsecutiveTransportFailures) {
      ctx.note(
        `${step}: stopped after ${attempt} inquiries for ${paymentRequestId}: ${transportFailures} in a row got no answer`,
      );
      return { last, final: false, attempts: attempt };
    }
    if (attempt < inquiryMaxAttempts) await delay(Math.max(0, inquiryIntervalMs - (Date.now() - started)));
  }
  ctx.note(
    `${step}: no final paymentResult for ${paymentRequestId} after ${inquiryMaxAttempts} inquiries (the polling schedule)`,
  );
  return { last, final: false, attempts: inquiryMaxAttempts };
}
