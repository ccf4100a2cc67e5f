/**
 * JUnit XML for CI servers: one testsuite per rule area (eval, order, ...), one testcase per
 * rule. SHOULD failures are reported as failures too (type "SHOULD") so they are visible; the
 * exit code, not the XML, decides whether the run fails. A MUST rule the run could not judge is
 * an <error type="incomplete"> with its cases, cause and fix; a waived rule is <skipped> saying
 * so, with the waived failure in <system-out>.
 */

import { redactText } from "../core/secrets";
import type { RuleVerdict } from "../core/verdicts";
import { type FailureContext, formatFinding } from "./failureMessage";

const escapeXml = (text: string): string =>
  text
    .replace(/[<>&"']/g, (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;", "'": "&apos;" })[c] ?? c)
    // XML 1.0 forbids most control characters; a hostile target can put them in a body.
    // biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point: they are replaced.
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, "\uFFFD");

/** A MUST rule the run should have judged and did not: an error in JUnit, never a quiet skip. */
const isUnjudgedMust = (v: RuleVerdict): boolean => v.level === "MUST" && v.incomplete && v.grade === "skip";

const casesText = (v: RuleVerdict): string =>
  v.cases.map((c) => `case ${c.scenario}: ${c.status}${c.cause ? ` (${c.cause.summary})` : ""}`).join("\n");

export function junitXml(verdicts: readonly RuleVerdict[], durationMs: number, context: FailureContext = {}): string {
  const areas = new Map<string, RuleVerdict[]>();
  for (const v of verdicts) {
    const area = v.rule.split(".")[0] ?? v.rule;
    areas.set(area, [...(areas.get(area) ?? []), v]);
  }
  const suites = [...areas].map(([area, list]) => {
    const failures = list.filter((v) => v.grade === "fail" || v.grade === "warn").length;
    const errors = list.filter(isUnjudgedMust).length;
    const skipped = list.filter(
      (v) => !isUnjudgedMust(v) && (v.grade === "skip" || v.grade === "not-testable" || v.grade === "waived"),
    ).length;
    const cases = list.map((v) => {
      const name = escapeXml(`[${v.level}] ${v.rule}: ${v.text}`);
      const open = `    <testcase classname="easypay.${escapeXml(area)}" name="${name}">`;
      const details = () =>
        v.findings
          .filter((f) => f.verdict === "fail")
          .map((f) => formatFinding(f, context))
          .join("\n\n");
      if (v.grade === "fail" || v.grade === "warn") {
        const first = v.findings[0];
        return `${open}\n      <failure type="${v.level}" message="${escapeXml(first?.title ?? v.text)}">${escapeXml(details())}</failure>\n    </testcase>`;
      }
      if (isUnjudgedMust(v)) {
        // Not a failure of the MPP, but not a pass either: JUnit's "error" (the test could not run).
        // Causes quote what drivers saw (page text, outbox answers): masked like every report.
        const message = redactText(`incomplete: not judged: ${v.reason ?? ""}`);
        return `${open}\n      <error type="incomplete" message="${escapeXml(message)}">${escapeXml(redactText(`${message}\nfix: ${v.cause?.fix ?? ""}\n${casesText(v)}${v.cause?.detail ? `\n${v.cause.detail}` : ""}`))}</error>\n    </testcase>`;
      }
      if (v.grade === "waived") {
        const message = `waived until ${v.waiver?.expires}: ${v.waiver?.reason ?? ""}`;
        return `${open}\n      <skipped message="${escapeXml(message)}"/>\n      <system-out>${escapeXml(details())}</system-out>\n    </testcase>`;
      }
      if (v.grade === "skip" || v.grade === "not-testable") {
        const partly = v.cases.some((c) => c.status === "pass") ? "partly judged: " : "";
        return `${open}\n      <skipped message="${escapeXml(redactText(`${v.grade}: ${partly}${v.reason ?? ""}`))}"/>\n    </testcase>`;
      }
      return `${open}</testcase>`;
    });
    return `  <testsuite name="easypay.${escapeXml(area)}" tests="${list.length}" failures="${failures}" errors="${errors}" skipped="${skipped}">\n${cases.join("\n")}\n  </testsuite>`;
  });
  const total = verdicts.length;
  const failed = verdicts.filter((v) => v.grade === "fail" || v.grade === "warn").length;
  const errors = verdicts.filter(isUnjudgedMust).length;
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="easypay-conformance" tests="${total}" failures="${failed}" errors="${errors}" time="${(durationMs / 1000).toFixed(3)}">\n${suites.join("\n")}\n</testsuites>\n`;
}
