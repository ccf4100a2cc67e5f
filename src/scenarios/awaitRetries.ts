/**
 * Follows a scripted run of callback attempts one arrival at a time: after each attempt the
 * next must come within the callback bound (plus the silence of a "no-answer" answer, which
 * the MPP has to sit out before it can retry). Stops at the first attempt that does not come,
 * so an MPP that never retries costs one bound, not the whole run.
 */

import type { CallbackOperation } from "../../generated/validate";
import type { CallbackAnswer } from "../core/engine";
import type { Exchange } from "../core/trace";
import { untilDue } from "./callbackWaits";
import type { ScenarioContext } from "./context";
import type { PollOutcome } from "./pollInquiry";

export async function awaitRetries(
  ctx: ScenarioContext,
  paymentRequestId: string,
  api: CallbackOperation,
  script: readonly CallbackAnswer[],
  /** The inquiry polling: the first attempt is due once it reports the payment final. */
  polled: Promise<PollOutcome>,
): Promise<Exchange[]> {
  const expected = script.length + 1; // every scripted non-S answer, then the S
  let arrived: Exchange[] = [];
  for (let count = 1; count <= expected; count += 1) {
    const previous = script[count - 2];
    const silence = previous?.kind === "no-answer" ? previous.forMs : 0;
    arrived =
      count === 1
        ? await untilDue(ctx, paymentRequestId, api, 1, polled)
        : await ctx.simulator.waitFor(paymentRequestId, api, count, ctx.config.timing.callbackWaitMs + silence);
    if (arrived.length < count) {
      ctx.note(
        `${api} for ${paymentRequestId}: attempt ${count} of ${expected} did not arrive (${arrived.length} arrived)`,
      );
      break;
    }
  }
  return arrived;
}
