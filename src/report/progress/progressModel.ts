/**
 * Live progress as data: events in, state out, lines out. Pure, so what a person sees while a
 * run goes is tested without a terminal. The I/O (ticker, ANSI redraw) is in progressReporter.ts.
 */
import type { Finding } from "../../core/verdicts";
import { countGrades, gradeOf, gradeRank, headlineGrade, type VerdictView } from "../reportInput";

export type ProgressEvent =
  | { kind: "run-start"; at: number; scenarios: readonly string[] }
  | { kind: "scenario-start"; at: number; scenario: string }
  | { kind: "step"; at: number; scenario: string; step: string }
  | { kind: "scenario-done"; at: number; scenario: string; exchanges: number; worst?: string };

export interface ProgressState {
  startedAt: number;
  total: number;
  /** Running scenarios → their current step (undefined before the first exchange). */
  running: ReadonlyMap<string, { since: number; step?: string }>;
  done: readonly string[];
  worst?: string;
}

export const initialProgress: ProgressState = { startedAt: 0, total: 0, running: new Map(), done: [] };

export function reduceProgress(state: ProgressState, event: ProgressEvent): ProgressState {
  const running = new Map(state.running);
  switch (event.kind) {
    case "run-start":
      return { ...initialProgress, startedAt: event.at, total: event.scenarios.length };
    case "scenario-start":
      running.set(event.scenario, { since: event.at });
      return { ...state, running };
    case "step":
      running.set(event.scenario, { since: running.get(event.scenario)?.since ?? event.at, step: event.step });
      return { ...state, running };
    case "scenario-done": {
      running.delete(event.scenario);
      const worst = [state.worst, event.worst]
        .filter((g): g is string => g !== undefined)
        .sort((a, b) => gradeRank(a) - gradeRank(b))[0];
      return { ...state, running, done: [...state.done, event.scenario], worst };
    }
  }
}

const secs = (ms: number) => `${(Math.max(0, ms) / 1000).toFixed(1)}s`;

/** Non-TTY / CI: one line per event; steps only when verbose. */
export function plainLine(event: ProgressEvent, after: ProgressState, verbose = false): string | undefined {
  const clock = `[${secs(event.at - after.startedAt).padStart(6)}]`;
  switch (event.kind) {
    case "run-start":
      return `${clock} running ${event.scenarios.length} scenarios: ${event.scenarios.join(", ")}`;
    case "scenario-start":
      return verbose ? `${clock} ${event.scenario}: started` : undefined;
    case "step":
      return verbose ? `${clock} ${event.scenario}: step ${event.step}` : undefined;
    case "scenario-done":
      return `${clock} ${event.scenario}: done, ${event.exchanges} exchanges${event.worst ? `, worst ${event.worst}` : ""} (${after.done.length}/${after.total}; worst so far ${after.worst ?? "none"})`;
  }
}

/** TTY: the block redrawn in place — a status line, then one line per running scenario. */
export function liveLines(state: ProgressState, now: number, width = 100): string[] {
  const head = `${state.done.length}/${state.total} scenarios done · ${secs(now - state.startedAt)} elapsed · worst so far: ${state.worst ?? "none yet"}`;
  const rows = [...state.running].map(
    ([name, r]) => `  ▸ ${name.padEnd(20)} ${(r.step ?? "starting").padEnd(32)} ${secs(now - r.since)}`,
  );
  return [head, ...rows].map((line) => (line.length > width ? `${line.slice(0, Math.max(0, width - 1))}…` : line));
}

/** A scenario's worst outcome as a grade: a failed MUST is "fail", a failed SHOULD "warn". */
export function worstOfFindings(findings: readonly Finding[]): string | undefined {
  return findings.length
    ? headlineGrade(findings.map((f) => (f.verdict === "fail" && f.level === "SHOULD" ? "warn" : f.verdict)))
    : undefined;
}

/** --quiet's one line: the worst verdict, the counts, and the MUST rules that failed. */
export function verdictLine(verdicts: readonly VerdictView[]): string {
  const worst = headlineGrade(verdicts.map(gradeOf));
  const counts = Object.entries(countGrades(verdicts))
    .map(([g, n]) => `${n} ${g}`)
    .join(", ");
  const must = verdicts.filter((v) => v.level === "MUST" && gradeOf(v) === "fail").map((v) => v.rule);
  return `${worst.toUpperCase()}: ${verdicts.length} rules (${counts})${must.length ? `; MUST failed: ${must.join(", ")}` : ""}`;
}
