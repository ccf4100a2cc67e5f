/**
 * The console summary and the JUnit show partial coverage, gaps, waivers and kit errors as such;
 * the summary ends with "incomplete: N MUST rules not judged", grouped by cause with the fix.
 */

import type { TraceName } from "../core/scenarioNames";
import type { Trace, VerificationRecord } from "../core/trace";
import type { Finding } from "../core/verdicts";
import { ruleVerdicts } from "../run/ruleVerdicts";
import { runSummary } from "../run/runSummary";
import { type RunPolicy, runVerdict } from "../run/runVerdict";
import { junitXml } from "./junit";
import { summaryTable } from "./summaryTable";

const trace = (scenario: TraceName, extra: Partial<Trace> = {}): Trace => ({
  scenario,
  target: { baseUrl: "http://127.0.0.1:1" },
  features: [],
  startedAt: 0,
  exchanges: [],
  verifications: [],
  notes: [],
  ...extra,
});
const noCode: VerificationRecord = {
  step: "verification",
  paymentRequestId: "1",
  driver: "browser",
  paymentUrl: "http://127.0.0.1:1/v",
  intended: "fail",
  pageServed: true,
  expectedRedirectBase: "http://127.0.0.1:2/r",
  screenshots: [],
  durationMs: 1,
  error: 'SMS outbox http://127.0.0.1:1/o gave no "code"',
};
const f = (rule: Finding["rule"], scenario: string, verdict: Finding["verdict"], hint?: string): Finding => ({
  rule,
  level: "MUST",
  verdict,
  scenario,
  title: `${rule} in ${scenario}`,
  evidence: [],
  ...(verdict === "fail" ? { expected: "e", received: "r", hint: "h" } : hint ? { hint } : {}),
});

const traces = [
  trace("happy-path"),
  trace("verification-failed", { verifications: [noCode] }),
  trace("expiry", { notes: ["kit error in scenario expiry: TypeError: x is undefined\n    at expiry.ts:3"] }),
];
const findings = [
  f("verify.redirect-status", "happy-path", "pass"),
  f("verify.redirect-status", "verification-failed", "skip", "the browser driver could not finish"),
  f("inquiry.failure", "verification-failed", "skip", "the browser driver could not finish"),
  f("order.never-success", "happy-path", "fail"),
];
const ruleScenarios = new Map<Finding["rule"], string[]>([
  ["verify.redirect-status", ["happy-path", "verification-failed"]],
  ["inquiry.failure", ["verification-failed"]],
  ["order.never-success", ["happy-path"]],
]);
const policy: RunPolicy = { failOn: "must", allowIncomplete: false, today: "2026-12-02", waivers: [] };
const judged = (p: Partial<RunPolicy> = {}) =>
  runVerdict({ verdicts: ruleVerdicts(findings, { traces, ruleScenarios }), traces }, { ...policy, ...p });

test("the summary table marks a partly judged rule 'part' and says which case was not judged", () => {
  const table = summaryTable(judged().verdicts);
  expect(table).toMatch(
    /^part {2}MUST {3}verify\.redirect-status .*\(passed in happy-path, but not judged in verification-failed: the page sent no SMS code before the kit read the outbox\)$/m,
  );
  expect(table).toMatch(/^skip {2}MUST {3}inquiry\.failure /m);
  expect(table).toMatch(/skipped \(1 partly judged\)/);
});

test("the summary ends with the MUST rules not judged, grouped by cause, with the fix and the kit error", () => {
  const summary = runSummary(judged());
  expect(summary).toContain("incomplete: 2 MUST rules not judged");
  expect(summary).toContain(
    "  - the page sent no SMS code before the kit read the outbox\n    rules: verify.redirect-status, inquiry.failure\n    fix: if your page sends the code only when the user presses a button, add a verification step that presses your send-code button",
  );
  expect(summary).toContain("  - kit error in scenario expiry: TypeError: x is undefined");
  expect(summary).toMatch(/kit's bug, not your MPP's: the stack is in the report.*Please file it/);
  expect(runSummary(judged({ allowIncomplete: true }))).toContain(
    "accepted with --allow-incomplete: this run is not a complete verdict",
  );
  expect(runSummary(judged({ subset: ["happy-path"] }))).toMatch(
    /^scenario subset \(happy-path\): judged only the rules these scenarios cover/m,
  );
});

test("waivers: waived shows in the table, expired and stale are named in the summary", () => {
  const run = judged({
    waivers: [
      { rule: "order.never-success", reason: "T-7", expires: "2026-12-31" },
      { rule: "verify.page-served", reason: "old", expires: "2026-11-30" },
    ],
  });
  expect(run.verdicts.find((v) => v.rule === "order.never-success")?.grade).toBe("waived");
  expect(summaryTable(run.verdicts)).toMatch(
    /^wvd {3}MUST {3}order\.never-success .*\(waived until 2026-12-31: T-7\)$/m,
  );
  expect(runSummary(run)).toContain(
    "expired waiver: verify.page-served expired on 2026-11-30 (old): renew it with a later date or remove it",
  );
  expect(run.exitCode).toBe(1);
  const stale = judged({
    waivers: [{ rule: "verify.redirect-status", scenario: "happy-path", reason: "r", expires: "2027-01-01" }],
  });
  expect(runSummary(stale)).toContain(
    "stale waiver: verify.redirect-status (scenario happy-path) now passes: remove it from the waivers file",
  );
});

test("JUnit: an unjudged MUST is an error with cause, fix and cases; a waived failure is skipped with the failure kept", () => {
  const xml = junitXml(
    judged({ waivers: [{ rule: "order.never-success", reason: "T-7", expires: "2026-12-31" }] }).verdicts,
    1000,
  );
  expect(xml).toMatch(
    /<error type="incomplete" message="incomplete: not judged: passed in happy-path, but not judged in verification-failed: the page sent no SMS code before the kit read the outbox">[^<]*fix: if your page sends the code only/,
  );
  expect(xml).toContain(
    "case verification-failed: not-judged (the page sent no SMS code before the kit read the outbox)",
  );
  expect(xml).toMatch(
    /<skipped message="waived until 2026-12-31: T-7"\/>\s*<system-out>[^<]*order\.never-success in happy-path/,
  );
  expect(xml).toMatch(/<testsuites name="easypay-conformance" tests="\d+" failures="0" errors="2"/);
});

test("exit codes: MUST failed 1, only gaps 3, gaps accepted 0", () => {
  expect(judged().exitCode).toBe(1);
  const gapsOnly = runVerdict(
    {
      verdicts: ruleVerdicts(findings.slice(0, 3), { traces: traces.slice(0, 2), ruleScenarios }),
      traces: traces.slice(0, 2),
    },
    policy,
  );
  expect(gapsOnly.exitCode).toBe(3);
  expect(
    runVerdict({ verdicts: gapsOnly.verdicts, traces: traces.slice(0, 2) }, { ...policy, allowIncomplete: true })
      .exitCode,
  ).toBe(0);
});

test("a secret quoted in a cause (an outbox answer, page text) is masked in the summary, the table and the JUnit", () => {
  const leaky: VerificationRecord = {
    ...noCode,
    error: 'SMS outbox http://127.0.0.1:1/o answered HTTP 500: {"code":"918273"}',
  };
  const t = [trace("verification-failed", { verifications: [leaky] })];
  const run = runVerdict({ verdicts: ruleVerdicts([findings[2]!], { traces: t, ruleScenarios }), traces: t }, policy);
  const all = [runSummary(run), summaryTable(run.verdicts), junitXml(run.verdicts, 1)].join("\n");
  expect(all).toContain("verification.outboxUrl answered HTTP 500");
  expect(all).not.toContain("918273");
});
