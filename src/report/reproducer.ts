/**
 * Reproducing commands for failures: a `curl` for each call the kit made to the target. The
 * target's own callbacks are not replayable from here, so they get none.
 */

import { redactExchange } from "../core/secrets";
import type { Exchange, Trace } from "../core/trace";
import { curlFor } from "./curl";

export function reproducerFor(traces: readonly Trace[]): (exchangeId: string, scenario: string) => string | undefined {
  // Exchange ids are unique within a trace only.
  const byId = new Map<string, Exchange>(
    traces.flatMap((t) => t.exchanges.map((x) => [`${t.scenario}/${x.id}`, x] as const)),
  );
  return (exchangeId, scenario) => {
    const exchange = byId.get(`${scenario}/${exchangeId}`);
    return exchange?.direction === "to-mpp" ? curlFor(redactExchange(exchange)) : undefined;
  };
}
