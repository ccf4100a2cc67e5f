/**
 * One readable line per callback for the standalone simulator's log: what came, for which
 * payment, and the verdicts. Bodies are never logged (authNotify carries access tokens).
 */
import type { Exchange } from "../core/trace";

export function describeCallback(exchange: Exchange): string {
  const path = new URL(exchange.url).pathname;
  const what = exchange.api ?? `unknown endpoint ${exchange.method} ${path}`;
  const signature = exchange.signature
    ? exchange.signature.valid
      ? "signature ok"
      : `signature BAD (${exchange.signature.problem})`
    : "";
  const schema = exchange.schema
    ? exchange.schema.valid
      ? "schema ok"
      : `schema BAD (${exchange.schema.errors.map((e) => e.message).join("; ")})`
    : exchange.api && exchange.request.json === undefined
      ? "schema BAD (body is not JSON)"
      : "";
  const answer = exchange.response
    ? `answered ${exchange.answeredWith ?? ""} HTTP ${exchange.response.status}`.replace("  ", " ")
    : `answered ${exchange.answeredWith ?? "nothing"}`;
  const parts = [
    what,
    exchange.paymentRequestId ?? "(no paymentRequestId)",
    signature,
    schema,
    `${answer} in ${exchange.durationMs} ms`,
  ];
  return parts.filter(Boolean).join(" | ");
}
