/**
 * Which exchanges the wire rules judge. Shared so every wire check draws the same line:
 * - a transport failure (no response) is judged by availability rules, not by wire rules;
 * - a 4xx refusal of deliberately invalid input (malformed JSON, schema-invalid, oversized body)
 *   may legitimately carry no JSON and no signature: the input.* rules judge those answers.
 */

import type { CallbackOperation, MppOperation } from "../../../generated/validate";
import type { Exchange, Trace } from "../../core/trace";

/** Steps of the invalid-input scenario whose requests are invalid on purpose. */
export function isInvalidInputStep(step: string): boolean {
  return step === "oversized" || step.startsWith("malformed-json:") || step.startsWith("schema-invalid:");
}

/** A 4xx answer to deliberately invalid input: judged by input.*, not by the wire rules. */
export function isInputRefusal(x: Exchange): boolean {
  const status = x.response?.status ?? 0;
  return isInvalidInputStep(x.step) && status >= 400 && status < 500;
}

/** The kit's calls of pay / inquiryPayment that the target answered (any HTTP status). */
export function answeredCalls(trace: Trace, api?: MppOperation): Exchange[] {
  return trace.exchanges.filter(
    (x) =>
      x.direction === "to-mpp" &&
      (x.api === "pay" || x.api === "inquiryPayment") &&
      (api === undefined || x.api === api) &&
      x.response !== undefined &&
      x.error === undefined,
  );
}

/** Answered calls whose body the wire rules judge: input refusals left to input.*. */
export function judgedResponses(trace: Trace, api?: MppOperation): Exchange[] {
  return answeredCalls(trace, api).filter((x) => !isInputRefusal(x));
}

/** Callbacks of the four APIs the target sent to the simulator (notifyPayment, authNotify). */
export function judgedCallbacks(trace: Trace, api?: CallbackOperation): Exchange[] {
  return trace.exchanges.filter(
    (x) =>
      x.direction === "from-mpp" &&
      (x.api === "notifyPayment" || x.api === "authNotify") &&
      (api === undefined || x.api === api),
  );
}

/** Every message body the target produced that the wire rules judge: responses and callbacks. */
export function targetMessages(trace: Trace): Exchange[] {
  return [...judgedResponses(trace), ...judgedCallbacks(trace)].sort((a, b) => a.startedAt - b.startedAt);
}
