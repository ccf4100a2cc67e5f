/**
 * A rule's verdict covers its cases: pass only when no case that should have judged it went
 * unjudged; a gap says which case and why, and marks the rule incomplete.
 */
import type { RuleId } from "../../generated/rules";
import type { TraceName } from "../core/scenarioNames";
import type { Trace, VerificationRecord } from "../core/trace";
import type { Finding, RuleVerdict } from "../core/verdicts";
import { ruleVerdicts, unjudgedMustRules } from "./ruleVerdicts";

const rule: RuleId = "verify.redirect-status";
const scenarios: TraceName[] = ["happy-path", "verification-failed"];

function trace(scenario: TraceName, extra: Partial<Trace> = {}): Trace {
  return {
    scenario,
    target: { baseUrl: "http://127.0.0.1:1" },
    features: [],
    startedAt: 0,
    exchanges: [],
    verifications: [],
    notes: [],
    ...extra,
  };
}

function stuck(error: string): VerificationRecord {
  return {
    step: "verification",
    paymentRequestId: "1",
    driver: "browser",
    paymentUrl: "http://127.0.0.1:1/v",
    intended: "fail",
    pageServed: true,
    expectedRedirectBase: "http://127.0.0.1:2/r",
    screenshots: [],
    error,
    durationMs: 1,
  };
}

const finding = (scenario: string, verdict: Finding["verdict"], hint?: string): Finding => ({
  rule,
  level: "MUST",
  verdict,
  scenario,
  title: "t",
  evidence: [],
  ...(hint ? { hint } : {}),
});

function verdictFor(findings: Finding[], traces: Trace[], ruleScenarios = scenarios): RuleVerdict {
  return ruleVerdicts(findings, { traces, ruleScenarios: new Map([[rule, ruleScenarios]]) }).find(
    (v) => v.rule === rule,
  )!;
}

test("passes when every case was judged and passed", () => {
  const v = verdictFor(
    [finding("happy-path", "pass"), finding("verification-failed", "pass")],
    [trace("happy-path"), trace("verification-failed")],
  );
  expect(v).toMatchObject({ verdict: "pass", grade: "pass", incomplete: false });
  expect(v.cases.map((c) => c.status)).toEqual(["pass", "pass"]);
});

test("a pass in one scenario does not hide the case the driver could not judge", () => {
  const failedCase = trace("verification-failed", {
    verifications: [stuck("browser step failed: locator('#send') matched nothing")],
  });
  const v = verdictFor(
    [finding("happy-path", "pass"), finding("verification-failed", "skip", "the browser driver could not finish")],
    [trace("happy-path"), failedCase],
  );
  expect(v).toMatchObject({ verdict: "skip", grade: "skip", incomplete: true });
  expect(v.cases).toEqual([
    { scenario: "happy-path", status: "pass" },
    { scenario: "verification-failed", status: "not-judged", cause: expect.objectContaining({ kind: "driver" }) },
  ]);
  expect(v.reason).toMatch(
    /^passed in happy-path, but not judged in verification-failed: a verification step found nothing/,
  );
  expect(unjudgedMustRules([v])).toEqual([v]);
});

test("a scenario that gave the rule nothing to judge, and ran cleanly, does not block a pass", () => {
  const v = verdictFor(
    [finding("happy-path", "pass"), finding("verification-failed", "skip", "no callback in this scenario")],
    [trace("happy-path"), trace("verification-failed")],
  );
  expect(v).toMatchObject({ verdict: "pass", incomplete: false });
  expect(v.cases[1]).toMatchObject({ status: "no-occasion" });
});

test("a rule nothing judged is incomplete, naming the rule that reports the earlier failure", () => {
  const v = verdictFor(
    [finding("happy-path", "skip", "the verification page was not served (verify.page-served reports it)")],
    [trace("happy-path")],
    ["happy-path"],
  );
  expect(v).toMatchObject({
    verdict: "skip",
    incomplete: true,
    cause: { kind: "prerequisite", fix: "fix what verify.page-served reports first" },
  });
});

test("an undeclared optional feature is a skip that is not incomplete", () => {
  const hint = "the target does not declare the optional feature 'smsResend'";
  const v = verdictFor([finding("happy-path", "skip", hint)], [trace("happy-path")], ["happy-path"]);
  expect(v).toMatchObject({ verdict: "skip", incomplete: false, cause: { kind: "feature-not-declared" } });
});

test("scenarios left out of the run are cases not run: a rule with none run is skipped as not in this run", () => {
  const v = verdictFor([], [trace("signatures")]);
  expect(v).toMatchObject({ verdict: "skip", incomplete: false, cause: { kind: "not-in-run" } });
  const some = verdictFor([finding("happy-path", "pass")], [trace("happy-path")]);
  expect(some).toMatchObject({ verdict: "pass", incomplete: false });
  expect(some.cases[1]).toEqual({ scenario: "verification-failed", status: "not-run" });
});

test("a kit error or an overrun in a scenario leaves its skipped cases not judged, with the cause", () => {
  const thrown = trace("happy-path", {
    notes: ["kit error in scenario happy-path: TypeError: boom\n    at run (x.ts:1)"],
  });
  const v = verdictFor([finding("happy-path", "skip", "no verification was recorded")], [thrown], ["happy-path"]);
  expect(v.cause).toMatchObject({
    kind: "kit-error",
    summary: "kit error in scenario happy-path: TypeError: boom",
    detail: expect.stringContaining("at run (x.ts:1)"),
  });
  const late = trace("happy-path", {
    notes: ["scenario stopped after its bound of 1000 ms; judged on what it recorded"],
  });
  expect(verdictFor([finding("happy-path", "skip", "x")], [late], ["happy-path"]).cause).toMatchObject({
    kind: "overtime",
    fix: expect.stringMatching(/raise timing\./),
  });
});

test("a failure is a failure whatever else went unjudged; a SHOULD failure grades warn", () => {
  const v = verdictFor(
    [finding("happy-path", "fail"), finding("verification-failed", "skip", "x")],
    [trace("happy-path"), trace("verification-failed")],
  );
  expect(v).toMatchObject({ verdict: "fail", grade: "fail", incomplete: false });
  const should = ruleVerdicts([
    { ...finding("sms-resend", "fail"), rule: "verify.resend-invalidates-old-code", level: "SHOULD" },
  ]).find((x) => x.rule === "verify.resend-invalidates-old-code");
  expect(should).toMatchObject({ verdict: "fail", grade: "warn" });
});

test("untestable rules stay not-testable, never incomplete", () => {
  const v = ruleVerdicts([]).find((x) => x.rule === "sig.keys-distinct-per-environment");
  expect(v).toMatchObject({ verdict: "not-testable", grade: "not-testable", incomplete: false, cases: [] });
});

test("a subset whose scenarios gave the rule nothing to judge leaves it out of the run, not incomplete", () => {
  const v = verdictFor(
    [finding("happy-path", "skip", "the target sent no authNotify in this scenario")],
    [trace("happy-path")],
    ["happy-path", "one-click"],
  );
  expect(v).toMatchObject({
    verdict: "skip",
    incomplete: false,
    cause: { kind: "not-in-run", summary: "its scenarios (one-click) were not part of this run" },
  });
});

test("a case lost to an earlier failure another rule reports is not judged, even where another case passed", () => {
  const v = verdictFor(
    [
      finding("happy-path", "pass"),
      finding("verification-failed", "skip", "no redirect was reached (verify.page-served reports it)"),
    ],
    [trace("happy-path"), trace("verification-failed")],
  );
  expect(v).toMatchObject({ verdict: "skip", incomplete: true, cause: { kind: "prerequisite" } });
  expect(v.cases[1]).toMatchObject({ status: "not-judged" });
});
