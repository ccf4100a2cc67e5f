/**
 * Bounded waits on the callbacks the target sends: "this must arrive" and "nothing more must
 * arrive" (a quiet period with the same bound). Both resolve early on arrival and never throw.
 */

import type { CallbackOperation } from "../../generated/validate";
import type { Exchange } from "../core/trace";
import type { ScenarioContext } from "./context";
import type { PollOutcome } from "./pollInquiry";

/**
 * Waits for callbacks that fall due when the payment becomes final (notifyPayment, authNotify
 * after a verification or an expiry). The bound runs from whichever comes later: `leadMs` from
 * now, or the moment inquiryPayment first reported the payment final. A payment that settles
 * at the fifth poll gets the whole bound to be notified, not what is left of it after polling.
 * Resolves as soon as `count` have arrived; notes a shortfall.
 */
export async function awaitCallbacksOnceFinal(
  ctx: ScenarioContext,
  paymentRequestId: string,
  api: CallbackOperation,
  count: number,
  polled: Promise<PollOutcome>,
  leadMs = 0,
): Promise<Exchange[]> {
  const arrived = await untilDue(ctx, paymentRequestId, api, count, polled, leadMs);
  if (arrived.length < count) {
    ctx.note(
      `waited up to ${ctx.config.timing.callbackWaitMs} ms after the payment became final for ${count} ${api} for ${paymentRequestId}; ${arrived.length} arrived`,
    );
  }
  return arrived;
}

/** awaitCallbacksOnceFinal without the note, for callers that word their own. */
export async function untilDue(
  ctx: ScenarioContext,
  paymentRequestId: string,
  api: CallbackOperation,
  count: number,
  polled: Promise<PollOutcome>,
  leadMs = 0,
): Promise<Exchange[]> {
  const bound = ctx.config.timing.callbackWaitMs;
  const dueFrom = Date.now() + leadMs;
  const early = await ctx.simulator.waitFor(paymentRequestId, api, count, leadMs + bound);
  if (early.length >= count) return early;
  const { finalAt } = await polled;
  const deadline = Math.max(dueFrom, finalAt ?? dueFrom) + bound;
  // Also when the deadline has passed: what arrived while the polling went on counts.
  return ctx.simulator.waitFor(paymentRequestId, api, count, Math.max(0, deadline - Date.now()));
}

/**
 * A quiet period: waits the callback bound for one more `api` callback than `expected`, so
 * it ends early only when an unwanted one arrives (the checks then see it in the trace).
 */
export async function quietPeriod(
  ctx: ScenarioContext,
  paymentRequestId: string,
  api: CallbackOperation,
  expected: number,
): Promise<void> {
  const arrived = await ctx.simulator.waitFor(paymentRequestId, api, expected + 1, ctx.config.timing.callbackWaitMs);
  if (arrived.length > expected)
    ctx.note(`quiet period: ${arrived.length} ${api} arrived for ${paymentRequestId} where ${expected} were expected`);
}

/** How long the simulator stays silent for a "no-answer" script (engine default when unset). */
export function noAnswerMs(ctx: ScenarioContext): number {
  return ctx.config.timing.noAnswerMs ?? 6_000;
}
