/** The Result objects ({resultCode, resultStatus, resultMessage}) a target-produced body carries. */
import type { Exchange } from "../../core/trace";
import { type ResultLike, targetBody } from "../traceQueries";

export interface FoundResult {
  /** JSON path, e.g. "$.paymentResult". */
  path: string;
  field: "result" | "paymentResult";
  value: ResultLike;
}

export function resultsIn(x: Exchange): FoundResult[] {
  const body = targetBody(x);
  return (["result", "paymentResult"] as const).flatMap((field) => {
    const value = body?.[field];
    return value !== null && typeof value === "object" && !Array.isArray(value)
      ? [{ path: `$.${field}`, field, value: value as ResultLike }]
      : [];
  });
}
