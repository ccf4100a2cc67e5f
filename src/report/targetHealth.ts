/**
 * One line on whether the target answered at all, printed before the per-rule verdicts: when
 * every call failed in transport, that is the first thing to fix, not sixty rules.
 */
import type { Trace } from "../core/trace";

export function targetHealth(traces: readonly Trace[]): string | undefined {
  const calls = traces.flatMap((t) => t.exchanges.filter((x) => x.direction === "to-mpp"));
  const failed = calls.filter((x) => x.error);
  if (calls.length === 0 || failed.length === 0) return undefined;
  const kinds = new Map<string, number>();
  for (const x of failed) kinds.set(x.error!.kind, (kinds.get(x.error!.kind) ?? 0) + 1);
  const breakdown = [...kinds].map(([kind, n]) => `${n} ${kind}`).join(", ");
  const first = failed[0]!;
  if (failed.length === calls.length) {
    return `The target never answered: all ${calls.length} calls failed (${breakdown}); first: ${first.url}: ${first.error!.message}. Check the URL, that the MPP is running, and that this machine can reach it.`;
  }
  return `${failed.length} of ${calls.length} calls to the target got no answer (${breakdown}); first at step ${first.step}: ${first.error!.message}`;
}
