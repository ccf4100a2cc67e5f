import type { Finding } from "../../core/verdicts";
import {
  initialProgress,
  liveLines,
  type ProgressEvent,
  plainLine,
  reduceProgress,
  verdictLine,
  worstOfFindings,
} from "./progressModel";
import { progressMode } from "./progressReporter";

const events: ProgressEvent[] = [
  { kind: "run-start", at: 1000, scenarios: ["happy-path", "one-click"] },
  { kind: "scenario-start", at: 1000, scenario: "happy-path" },
  { kind: "scenario-start", at: 1001, scenario: "one-click" },
  { kind: "step", at: 1500, scenario: "happy-path", step: "order" },
  { kind: "step", at: 2500, scenario: "one-click", step: "verification" },
  { kind: "scenario-done", at: 4200, scenario: "happy-path", exchanges: 7, worst: "warn" },
];
const fold = (list: ProgressEvent[]) => list.reduce(reduceProgress, initialProgress);

test("the live block shows done/total, elapsed, worst so far and each running scenario's step", () => {
  expect(liveLines(fold(events), 6000)).toEqual([
    "1/2 scenarios done · 5.0s elapsed · worst so far: warn",
    "  ▸ one-click            verification                     5.0s",
  ]);
  expect(liveLines(fold(events.slice(0, 2)), 1200)[1]).toMatch(/happy-path\s+starting\s+0\.2s/);
});

test("the worst verdict so far only gets worse", () => {
  const after = fold([
    ...events,
    { kind: "scenario-start", at: 4300, scenario: "x" },
    { kind: "scenario-done", at: 5000, scenario: "one-click", exchanges: 3, worst: "pass" },
  ]);
  expect(after.worst).toBe("warn");
  expect(
    fold([...events, { kind: "scenario-done", at: 5000, scenario: "one-click", exchanges: 3, worst: "fail" }]).worst,
  ).toBe("fail");
});

test("plain output is one line per event; steps only when verbose", () => {
  const lines = (verbose: boolean) => {
    let state = initialProgress;
    return events.flatMap((e) => {
      state = reduceProgress(state, e);
      return plainLine(e, state, verbose) ?? [];
    });
  };
  expect(lines(false)).toEqual([
    "[  0.0s] running 2 scenarios: happy-path, one-click",
    "[  3.2s] happy-path: done, 7 exchanges, worst warn (1/2; worst so far warn)",
  ]);
  expect(lines(true)).toContain("[  1.5s] one-click: step verification");
  expect(lines(true)).toHaveLength(events.length);
});

test("long lines are cut to the terminal's width", () => {
  const state = fold([
    events[0]!,
    { kind: "scenario-start", at: 1000, scenario: "s" },
    { kind: "step", at: 1000, scenario: "s", step: "x".repeat(200) },
  ]);
  for (const line of liveLines(state, 2000, 60)) expect(line.length).toBeLessThanOrEqual(60);
});

test("live in a terminal; plain when CI is set or output is not a TTY; nothing when quiet", () => {
  expect(progressMode({ tty: true, env: {} })).toBe("live");
  expect(progressMode({ tty: true, env: { CI: "true" } })).toBe("plain");
  expect(progressMode({ tty: false, env: {} })).toBe("plain");
  expect(progressMode({ tty: true, env: {}, quiet: true })).toBe("quiet");
});

test("a scenario's worst: a failed MUST is fail, a failed SHOULD is warn", () => {
  const f = (verdict: Finding["verdict"], level: Finding["level"]) => ({ verdict, level }) as Finding;
  expect(worstOfFindings([f("pass", "MUST"), f("fail", "SHOULD")])).toBe("warn");
  expect(worstOfFindings([f("fail", "SHOULD"), f("fail", "MUST"), f("skip", "MUST")])).toBe("fail");
  expect(worstOfFindings([f("pass", "MUST"), f("skip", "MUST")])).toBe("pass");
  expect(worstOfFindings([])).toBeUndefined();
});

test("--quiet's line names the verdict, the counts and the failed MUST rules; new grades count as they are", () => {
  const v = (rule: string, verdict: string, level = "MUST") => ({ rule, level, text: "", verdict, findings: [] });
  expect(verdictLine([v("a.x", "pass"), v("b.y", "fail"), v("c.z", "waived"), v("d.w", "fail", "SHOULD")])).toBe(
    "FAIL: 4 rules (2 fail, 1 waived, 1 pass); MUST failed: b.y",
  );
});
