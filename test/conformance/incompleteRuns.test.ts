/**
 * A run the kit could not finish is not a green run. Against the real reference MPP, a
 * verification driver that never returns (the kind of kit bug a scenario's bound exists for)
 * makes the scenario run past its bound, and one that throws is a kit error: either way the
 * MUST rules that scenario judges are not judged, the run is incomplete (exit 3), and the
 * summary says why and what to do.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { VerificationDriver } from "../../src/core/engine";
import { openSession } from "../../src/run/openSession";
import { runConformance, scenarioBoundMs } from "../../src/run/runConformance";
import { runSummary } from "../../src/run/runSummary";
import { runVerdict } from "../../src/run/runVerdict";
import { allScenarios } from "../../src/scenarios";

/** Short timing, so the scenario's bound (the sum of its waits) passes in seconds. */
function shortTiming(): string {
  const file = join(mkdtempSync(join(tmpdir(), "easypay-incomplete-")), "config.json");
  writeFileSync(
    file,
    JSON.stringify({
      verification: { driver: "form", timeoutMs: 2000 },
      timing: {
        profile: "fast",
        payTimeoutMs: 1000,
        inquiryTimeoutMs: 1000,
        inquiryMaxAttempts: 10,
        callbackWaitMs: 500,
      },
    }),
  );
  return file;
}

async function runHappyPathWith(verify: VerificationDriver["verify"]) {
  const session = await openSession({ embedded: true, configFile: shortTiming(), env: {} });
  try {
    const verifier: VerificationDriver = { name: session.verifier.name, verify, close: async () => undefined };
    const scenarios = allScenarios.filter((s) => s.name === "happy-path");
    const result = await runConformance({ config: session.config, simulator: session.simulator, verifier, scenarios });
    const run = runVerdict(result, {
      failOn: "must",
      allowIncomplete: false,
      waivers: [],
      today: "2026-12-02",
      subset: ["happy-path"],
    });
    return { run, bound: scenarioBoundMs(session.config), result };
  } finally {
    await session.close();
  }
}

test.concurrent("a scenario past its bound: incomplete, with the overrun named and the timing to raise", async () => {
  // Never settles, and holds no timer: only the scenario's bound ends the wait.
  const { run, bound } = await runHappyPathWith(() => new Promise(() => undefined));
  expect(run.exitCode).toBe(3);
  expect(run.unfinished).toEqual([expect.objectContaining({ kind: "overtime" })]);
  expect(run.verdicts.find((v) => v.rule === "verify.redirect-status")).toMatchObject({
    verdict: "skip",
    incomplete: true,
    cause: { kind: "overtime" },
  });
  const summary = runSummary(run);
  expect(summary).toMatch(/^incomplete: \d+ MUST rules? not judged$/m);
  expect(summary).toContain(`scenario happy-path ran past its bound of ${bound} ms and was cut short`);
  expect(summary).toMatch(/fix: .*raise timing\.payTimeoutMs, timing\.callbackWaitMs or verification\.timeoutMs/);
}, 60_000);

test.concurrent("a scenario that throws inside the kit: a kit error with its stack, to be filed, and incomplete", async () => {
  const { run, result } = await runHappyPathWith(async () => {
    throw new TypeError("driver bug: cannot read properties of undefined");
  });
  expect(run.exitCode).toBe(3);
  expect(run.unfinished).toEqual([
    expect.objectContaining({ kind: "kit-error", detail: expect.stringMatching(/TypeError: driver bug[\s\S]*at /) }),
  ]);
  expect(result.traces[0]?.notes.join("\n")).toMatch(/kit error in scenario happy-path: TypeError: driver bug/);
  const summary = runSummary(run);
  expect(summary).toContain(
    "kit error in scenario happy-path: TypeError: driver bug: cannot read properties of undefined",
  );
  expect(summary).toMatch(/the kit's bug, not your MPP's: the stack is in the report .* Please file it\./);
}, 60_000);
