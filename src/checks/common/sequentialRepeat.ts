/**
 * Whether the MPP recognises a plain, one-after-the-other repeat of an order (idempotency's
 * "order" then "order-replay"). When it does not, idem.same-answer reports it, and the rules
 * that build on repeats being recognised (concurrent duplicates, inconsistent repeats) cannot
 * be judged on their own.
 */
import type { Trace } from "../../core/trace";
import { at, firstAt, targetBody } from "../traceQueries";

export function repeatsUnrecognised(trace: Trace): string | undefined {
  const first = firstAt(trace, "order", "pay");
  const again = firstAt(trace, "order-replay", "pay");
  const [a, b] = [first && at(targetBody(first), "paymentId"), again && at(targetBody(again), "paymentId")];
  if (typeof a === "string" && typeof b === "string" && a !== b) {
    return "even a repeat sent after the first answer created a new payment (idem.same-answer reports it)";
  }
  return undefined;
}
