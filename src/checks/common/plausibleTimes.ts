/**
 * Reading the date-times the target sends and judging them against the kit's own clock. The
 * kit and the MPP run on different machines, so every comparison allows a clock skew.
 */
import type { Exchange } from "../../core/trace";

/** How far the MPP's clock may be from the kit's before a time reads as wrong. */
export const CLOCK_SKEW_MS = 60_000;

/** When the target's message was made, by the kit's clock: a callback's arrival, a response's end. */
export function messageTime(x: Exchange): number {
  return x.direction === "from-mpp" ? x.startedAt : x.startedAt + x.durationMs;
}

/** "3 h 12 min" — how far off a time is, in words. */
export function describeOffset(ms: number): string {
  const abs = Math.abs(ms);
  if (abs < 120_000) return `${Math.round(abs / 1000)} s`;
  if (abs < 7_200_000) return `${Math.round(abs / 60_000)} min`;
  return `${(abs / 3_600_000).toFixed(1)} h`;
}
