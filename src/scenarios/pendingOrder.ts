/**
 * Reads what the next steps need from a phase-2 pay answer: the paymentUrl to verify at and
 * the paymentId. Tolerant on purpose (any status, any casing): whether the answer was right is
 * for the checks; the scenario only asks "can the flow go on?".
 */
import type { Exchange } from "../core/trace";
import type { ScenarioContext } from "./context";

export interface PendingOrder {
  paymentUrl: string;
  paymentId?: string;
}

const nonEmptyString = (value: unknown): string | undefined =>
  typeof value === "string" && value !== "" ? value : undefined;

export function pendingOrderOf(x: Exchange): PendingOrder | undefined {
  const body = x.response?.json as { paymentUrl?: unknown; paymentId?: unknown } | undefined;
  const paymentUrl = nonEmptyString(body?.paymentUrl);
  return paymentUrl ? { paymentUrl, paymentId: nonEmptyString(body?.paymentId) } : undefined;
}

/** The pending order, or undefined after noting why the scenario cannot go on. */
export function pendingOrderOrStop(ctx: ScenarioContext, x: Exchange): PendingOrder | undefined {
  const order = pendingOrderOf(x);
  if (!order) {
    const why = x.error ? `no answer (${x.error.kind})` : `no paymentUrl in the answer (HTTP ${x.response?.status})`;
    ctx.note(`${x.step}: ${why}; the verification and what follows it were not attempted`);
  }
  return order;
}
