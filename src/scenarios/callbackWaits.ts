/**
 * Bounded waits on the callbacks the target sends: "this must arrive" and "nothing more must
 * arrive" (a quiet period with the same bound). Both resolve early on arrival and never throw.
 */
import type { Exchange } from "../trace";
import type { ScenarioContext } from "./context";

type CallbackApi = "notifyPayment" | "authNotify";

/** Waits until `count` callbacks of `api` have arrived for the payment, noting a shortfall. */
export async function awaitCallbacks(
  ctx: ScenarioContext,
  paymentRequestId: string,
  api: CallbackApi,
  count: number,
  timeoutMs = ctx.config.timing.callbackWaitMs,
): Promise<Exchange[]> {
  const arrived = await ctx.simulator.waitFor(paymentRequestId, api, count, timeoutMs);
  if (arrived.length < count) ctx.note(`waited ${timeoutMs} ms for ${count} ${api} for ${paymentRequestId}; ${arrived.length} arrived`);
  return arrived;
}

/**
 * A quiet period: waits the callback bound for one more `api` callback than `expected`, so
 * it ends early only when an unwanted one arrives (the checks then see it in the trace).
 */
export async function quietPeriod(ctx: ScenarioContext, paymentRequestId: string, api: CallbackApi, expected: number): Promise<void> {
  const arrived = await ctx.simulator.waitFor(paymentRequestId, api, expected + 1, ctx.config.timing.callbackWaitMs);
  if (arrived.length > expected) ctx.note(`quiet period: ${arrived.length} ${api} arrived for ${paymentRequestId} where ${expected} were expected`);
}

/** How long the simulator stays silent for a "no-answer" script (engine default when unset). */
export function noAnswerMs(ctx: ScenarioContext): number {
  return (ctx.config.timing as { noAnswerMs?: number }).noAnswerMs ?? 6_000;
}
