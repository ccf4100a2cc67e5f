/**
 * Small readers over a Trace, shared by checks so each check reads as its rule. Pure.
 * Extend additively; keep each function one idea.
 */

import type { CallbackOperation, Operation } from "../../generated/validate";
import type { StepFamily, StepLabel } from "../core/scenarioNames";
import type { Exchange, Trace } from "../core/trace";
import type { Evidence } from "../core/verdicts";

/**
 * A `result` as it may arrive, not as it should (generated/types.ts says that): checks read
 * the target's untrusted bodies, so every field is unknown until looked at.
 */
export interface ResultLike {
  resultCode?: unknown;
  resultStatus?: unknown;
  resultMessage?: unknown;
}

/** Exchanges of a step (exact label, or a prefix ending in ':' such as "evaluation:"). */
export function exchangesAt(trace: Trace, step: StepLabel | StepFamily, api?: Operation): Exchange[] {
  return trace.exchanges.filter(
    (x) => (step.endsWith(":") ? x.step.startsWith(step) : x.step === step) && (api === undefined || x.api === api),
  );
}

export function firstAt(trace: Trace, step: StepLabel | StepFamily, api?: Operation): Exchange | undefined {
  return exchangesAt(trace, step, api)[0];
}

/** Callbacks the target sent to the simulator, optionally of one API and payment. */
export function callbacks(trace: Trace, api?: CallbackOperation, paymentRequestId?: string): Exchange[] {
  return trace.exchanges.filter(
    (x) =>
      x.direction === "from-mpp" &&
      (api === undefined || x.api === api) &&
      (paymentRequestId === undefined || x.paymentRequestId === paymentRequestId),
  );
}

/** The JSON body of the side that the target produced: the response for to-mpp, the request for from-mpp. */
export function targetBody(x: Exchange): Record<string, unknown> | undefined {
  const json = x.direction === "to-mpp" ? x.response?.json : x.request.json;
  return json !== null && typeof json === "object" && !Array.isArray(json)
    ? (json as Record<string, unknown>)
    : undefined;
}

/** The JSON body the kit sent (to-mpp request) — what the target was asked. */
export function sentBody(x: Exchange): Record<string, unknown> | undefined {
  const json = x.direction === "to-mpp" ? x.request.json : x.response?.json;
  return json !== null && typeof json === "object" && !Array.isArray(json)
    ? (json as Record<string, unknown>)
    : undefined;
}

/** Reads a dotted path ("result.resultStatus") from a JSON value. */
export function at(value: unknown, path: string): unknown {
  let current: unknown = value;
  for (const key of path.split(".")) {
    if (current === null || typeof current !== "object") return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

export function resultOf(x: Exchange, field: "result" | "paymentResult" = "result"): ResultLike | undefined {
  const value = at(targetBody(x), field);
  return value !== null && typeof value === "object" ? (value as ResultLike) : undefined;
}

/** "S/SUCCESS"-style rendering for messages; shows what arrived, including oddities. */
export function describeResult(result: ResultLike | undefined): string {
  if (!result) return "no result object";
  return `resultStatus ${JSON.stringify(result.resultStatus)}, resultCode ${JSON.stringify(result.resultCode)}`;
}

/** What the target answered, in one line, for Received: fields. */
export function describeAnswer(x: Exchange): string {
  if (x.error) return `no answer: ${x.error.kind} (${x.error.message})`;
  if (!x.response) return "no answer";
  const body = x.response.body.length > 300 ? `${x.response.body.slice(0, 300)}…` : x.response.body;
  return `HTTP ${x.response.status}: ${body}`;
}

/** "pay at step order" — how a fail title names the exchange. */
export function where(x: Exchange): string {
  return `${x.api ?? "call"} at step ${x.step}`;
}

export function evidenceOf(x: Exchange, path?: string): Evidence {
  return {
    exchangeId: x.id,
    side: x.direction === "to-mpp" ? "response" : "request",
    api: x.api,
    step: x.step,
    ...(path ? { path } : {}),
  };
}
