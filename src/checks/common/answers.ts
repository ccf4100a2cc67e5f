/**
 * Reads the target's answers for the flow rules, and says when an answer cannot be judged by a
 * flow rule because another rule already reports what is wrong with it: no answer in time
 * (timing.*), the legacy envelope (values.result-envelope), a status that is not exactly
 * S/F/U (values.status-uppercase), an inquiry without paymentResult (schema.inquiry-response).
 * A flow check then skips with that reason: it never passes on such an answer and never
 * reports the same defect twice.
 */
import type { Exchange } from "../../core/trace";
import { describeAnswer, type ResultLike, targetBody } from "../traceQueries";

export type Status = "S" | "F" | "U";

export type Reading =
  | { kind: "read"; status: Status; code: string | undefined; result: ResultLike }
  /** Another rule reports why this answer cannot be read; `reason` names it. */
  | { kind: "unjudged"; reason: string }
  /** No readable result and no other rule to blame: the check itself fails. */
  | { kind: "unreadable"; received: string };

const timingRule = (x: Exchange) => (x.api === "inquiryPayment" ? "timing.inquiry-within-5s" : "timing.pay-within-8s");

function readObject(value: unknown, field: string): Reading {
  if (value === null || typeof value !== "object") return { kind: "unreadable", received: `no ${field} object` };
  const result = value as ResultLike;
  const status = result.resultStatus;
  const code = typeof result.resultCode === "string" ? result.resultCode : undefined;
  if (status === "S" || status === "F" || status === "U") return { kind: "read", status, code, result };
  return {
    kind: "unjudged",
    reason: `${field}.resultStatus is ${JSON.stringify(status)}, not exactly "S", "F" or "U" (values.status-uppercase reports it)`,
  };
}

/** The answer's `result`, as far as a flow rule may judge it. */
export function readResult(x: Exchange): Reading {
  if (x.error || !x.response)
    return { kind: "unjudged", reason: `${x.step}: ${describeAnswer(x)} (${timingRule(x)} reports it)` };
  const body = targetBody(x);
  if (!body) return { kind: "unreadable", received: describeAnswer(x) };
  if (body.result === undefined && body.resultInfo !== undefined) {
    return {
      kind: "unjudged",
      reason: `${x.step}: the answer uses the legacy resultInfo envelope (values.result-envelope reports it)`,
    };
  }
  const reading = readObject(body.result, "result");
  return reading.kind === "unreadable" ? { kind: "unreadable", received: describeAnswer(x) } : reading;
}

/** An inquiry's paymentResult; only meaningful when its result is S. */
export function readPaymentResult(x: Exchange): Reading {
  const outer = readResult(x);
  if (outer.kind !== "read") return outer;
  if (outer.status !== "S")
    return { kind: "unreadable", received: `result ${outer.status} ${outer.code ?? ""}: ${describeAnswer(x)}` };
  const paymentResult = targetBody(x)?.paymentResult;
  if (paymentResult === undefined || paymentResult === null) {
    return {
      kind: "unjudged",
      reason: `${x.step}: result S without paymentResult (schema.inquiry-response reports it)`,
    };
  }
  const reading = readObject(paymentResult, "paymentResult");
  return reading.kind === "unreadable" ? { kind: "unreadable", received: describeAnswer(x) } : reading;
}

/** "F ORDER_NOT_EXIST" — a reading in the words of the rules. */
export function describeReading(reading: Reading): string {
  if (reading.kind === "read") return `${reading.status} ${reading.code ?? "(no resultCode)"}`;
  return reading.kind === "unjudged" ? reading.reason : reading.received;
}

export const nonEmpty = (value: unknown): value is string => typeof value === "string" && value !== "";
