/**
 * What Jest test a rule verdict becomes under `MPP_BASE_URL=… npm test`, decided like the CLI's
 * exit code: a MUST rule the run could not judge is a failing test with its cause and fix (not
 * a skip); rules of undeclared features, scenarios left out and waivers stay skips. Pure.
 */

import type { RuleVerdict } from "../core/verdicts";
import type { FailOn } from "./exitCode";

export interface SuiteTest {
  kind: "pass" | "fail" | "skip" | "warn";
  /** The test's name: the rule, and for skips and warnings why. */
  name: string;
  /** For fail and warn: what the test prints. */
  message?: string;
}

export interface SuitePolicy {
  failOn: FailOn;
  allowIncomplete: boolean;
}

/** A verdict as the suites read it: the failure messages already rendered. */
export type SuiteVerdictLike = Omit<RuleVerdict, "findings"> & { messages: string[] };

function notJudgedMessage(v: SuiteVerdictLike): string {
  const cases = v.cases
    .filter((c) => c.status !== "pass")
    .map((c) => `  case ${c.scenario}: ${c.status}${c.cause ? ` — ${c.cause.summary}` : ""}`);
  return [
    `[${v.level} ${v.rule}] not judged: ${v.reason ?? ""}`,
    `fix: ${v.cause?.fix ?? "see the report"}`,
    ...(cases.length ? ["cases:", ...cases] : []),
    ...(v.cause?.detail ? [v.cause.detail] : []),
  ].join("\n");
}

export function suiteTestOf(v: SuiteVerdictLike, policy: SuitePolicy): SuiteTest {
  const name = `[${v.level}] ${v.rule}: ${v.text}`;
  const gated = policy.failOn === "none" ? [] : policy.failOn === "should" ? ["fail", "warn"] : ["fail"];
  switch (v.grade) {
    case "pass":
      return { kind: "pass", name };
    case "fail":
    case "warn":
      return gated.includes(v.grade)
        ? { kind: "fail", name, message: v.messages.join("\n\n") }
        : {
            kind: "warn",
            name: `${name} (${v.level === "SHOULD" ? "SHOULD: warning" : "not gated: --fail-on none"})`,
            message: v.messages.join("\n\n"),
          };
    case "waived":
      return { kind: "skip", name: `${name} (waived until ${v.waiver?.expires}: ${v.waiver?.reason ?? ""})` };
    case "not-testable":
      return { kind: "skip", name: `${name} (not-testable: ${v.reason ?? ""})` };
    case "skip":
      if (v.level === "MUST" && v.incomplete && !policy.allowIncomplete)
        return { kind: "fail", name: `${name} (not judged)`, message: notJudgedMessage(v) };
      return {
        kind: "skip",
        name: `${name} (skip: ${v.reason ?? ""}${v.incomplete && policy.allowIncomplete ? "; not judged, allowed by EASYPAY_ALLOW_INCOMPLETE" : ""})`,
      };
  }
}
