import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ConfigError } from "../config/ConfigError";
import { loadWaivers } from "../config/loadWaivers";
import type { Finding, RuleVerdict, Waiver } from "../core/verdicts";
import { ruleVerdicts } from "./ruleVerdicts";
import { applyWaivers } from "./waivers";

const failing = (scenario: string): Finding => ({
  rule: "notify.retry-same-content",
  level: "MUST",
  verdict: "fail",
  scenario,
  title: "not retried",
  evidence: [],
  expected: "a retry",
  received: "none",
  hint: "retry",
});
const passing: Finding = {
  rule: "order.never-success",
  level: "MUST",
  verdict: "pass",
  scenario: "happy-path",
  title: "U",
  evidence: [],
};
const verdicts = ruleVerdicts([failing("callback-retries"), passing]);
const byRule = (vs: RuleVerdict[], rule: string) => vs.find((v) => v.rule === rule)!;
const today = "2026-12-02";
const waiver = (extra: Partial<Waiver> = {}): Waiver => ({
  rule: "notify.retry-same-content",
  reason: "TICKET-1: retries ship in 2.4",
  expires: "2026-12-31",
  ...extra,
});

test("a live waiver turns the failure into waived, keeping the findings for the report", () => {
  const out = applyWaivers(verdicts, [waiver()], today);
  expect(byRule(out.verdicts, "notify.retry-same-content")).toMatchObject({
    verdict: "fail",
    grade: "waived",
    waiver: { reason: "TICKET-1: retries ship in 2.4", expires: "2026-12-31" },
  });
  expect(byRule(out.verdicts, "notify.retry-same-content").findings).toHaveLength(1);
  expect(out.expired).toEqual([]);
});

test("a waiver holds through its expiry day and expires the day after", () => {
  expect(applyWaivers(verdicts, [waiver({ expires: today })], today).expired).toEqual([]);
  const out = applyWaivers(verdicts, [waiver({ expires: "2026-12-01" })], today);
  expect(out.expired).toEqual([waiver({ expires: "2026-12-01" })]);
  expect(byRule(out.verdicts, "notify.retry-same-content").grade).toBe("fail");
});

test("a waiver for one scenario covers failures in that scenario only", () => {
  expect(
    byRule(
      applyWaivers(verdicts, [waiver({ scenario: "callback-retries" })], today).verdicts,
      "notify.retry-same-content",
    ).grade,
  ).toBe("waived");
  const twice = ruleVerdicts([failing("callback-retries"), failing("happy-path")]);
  expect(
    byRule(applyWaivers(twice, [waiver({ scenario: "callback-retries" })], today).verdicts, "notify.retry-same-content")
      .grade,
  ).toBe("fail");
});

test("a waiver for a rule that now passes is stale", () => {
  const stale = waiver({ rule: "order.never-success" });
  expect(applyWaivers(verdicts, [stale, waiver()], today).stale).toEqual([stale]);
});

test("a waiver can accept a MUST rule the run cannot judge; it is then not incomplete", () => {
  const gap = ruleVerdicts([
    { ...failing("callback-retries"), verdict: "skip", hint: "no inquiry followed the order" },
  ]);
  expect(byRule(gap, "notify.retry-same-content").incomplete).toBe(true);
  expect(byRule(applyWaivers(gap, [waiver()], today).verdicts, "notify.retry-same-content")).toMatchObject({
    grade: "waived",
    incomplete: false,
  });
});

test("a rule not judged only because a waived rule failed first follows that waiver", () => {
  const order: Finding = {
    rule: "order.never-success",
    level: "MUST",
    verdict: "fail",
    scenario: "happy-path",
    title: "S",
    evidence: [],
    expected: "U",
    received: "S",
    hint: "h",
  };
  const lost: Finding = {
    rule: "order.in-process-fields",
    level: "MUST",
    verdict: "skip",
    scenario: "happy-path",
    title: "t",
    evidence: [],
    hint: "order: answered S (order.never-success reports it)",
  };
  const vs = ruleVerdicts([order, lost]);
  expect(byRule(vs, "order.in-process-fields")).toMatchObject({ grade: "skip", incomplete: true });
  const out = applyWaivers(vs, [waiver({ rule: "order.never-success" })], today);
  expect(byRule(out.verdicts, "order.in-process-fields")).toMatchObject({
    grade: "waived",
    incomplete: false,
    waiver: { reason: "not judged because order.never-success failed, which is waived: TICKET-1: retries ship in 2.4" },
  });
  expect(byRule(applyWaivers(vs, [], today).verdicts, "order.in-process-fields").grade).toBe("skip");
});

describe("the waivers file", () => {
  const dir = mkdtempSync(join(tmpdir(), "easypay-waivers-"));
  const file = (name: string, text: string) => {
    writeFileSync(join(dir, name), text);
    return join(dir, name);
  };

  test("reads YAML and JSON", () => {
    const yaml = file(
      "w.yaml",
      'waivers:\n  - rule: notify.retry-same-content\n    scenario: callback-retries\n    reason: TICKET-1\n    expires: "2026-12-31"\n',
    );
    expect(loadWaivers(yaml)).toEqual([
      { rule: "notify.retry-same-content", scenario: "callback-retries", reason: "TICKET-1", expires: "2026-12-31" },
    ]);
    const json = file(
      "w.json",
      JSON.stringify({ waivers: [{ rule: "order.never-success", reason: "r", expires: "2027-01-01" }] }),
    );
    expect(loadWaivers(json)).toHaveLength(1);
  });

  test("the example in config/ is valid", () => {
    expect(loadWaivers(join(__dirname, "../../config/waivers.example.yaml"))).toEqual([
      expect.objectContaining({ rule: "notify.retried-until-acknowledged", scenario: "callback-retries" }),
    ]);
  });

  test("lists every problem at once: unknown rule, missing reason, bad date", () => {
    const bad = file(
      "bad.json",
      JSON.stringify({
        waivers: [
          { rule: "no.such-rule", reason: "r", expires: "2026-12-31" },
          { rule: "order.never-success", expires: "soon" },
        ],
      }),
    );
    expect(() => loadWaivers(bad)).toThrow(ConfigError);
    expect(() => loadWaivers(bad)).toThrow(/reason[\s\S]*expires|expires[\s\S]*reason/);
    const unknown = file(
      "unknown.json",
      JSON.stringify({ waivers: [{ rule: "no.such-rule", reason: "r", expires: "2026-12-31" }] }),
    );
    expect(() => loadWaivers(unknown)).toThrow(/waivers\.0\.rule: unknown rule 'no\.such-rule'/);
    expect(() => loadWaivers(join(dir, "missing.yaml"))).toThrow(/not found/);
  });
});
