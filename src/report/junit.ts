/**
 * JUnit XML for CI servers: one testsuite per rule area (eval, order, ...), one testcase per
 * rule. SHOULD failures are reported as failures too (type "SHOULD") so they are visible; the
 * exit code, not the XML, decides whether the run fails.
 */
import type { RuleVerdict } from "../run/ruleVerdicts";
import { formatFinding, type FailureContext } from "./failureMessage";

const escapeXml = (text: string): string =>
  text.replace(/[<>&"']/g, (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;", "'": "&apos;" })[c] ?? c)
    // XML 1.0 forbids most control characters; a hostile target can put them in a body.
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, "\uFFFD");

export function junitXml(verdicts: readonly RuleVerdict[], durationMs: number, context: FailureContext = {}): string {
  const areas = new Map<string, RuleVerdict[]>();
  for (const v of verdicts) {
    const area = v.rule.split(".")[0] ?? v.rule;
    areas.set(area, [...(areas.get(area) ?? []), v]);
  }
  const suites = [...areas].map(([area, list]) => {
    const failures = list.filter((v) => v.verdict === "fail").length;
    const skipped = list.filter((v) => v.verdict === "skip" || v.verdict === "not-testable").length;
    const cases = list.map((v) => {
      const name = escapeXml(`[${v.level}] ${v.rule}: ${v.text}`);
      const open = `    <testcase classname="easypay.${escapeXml(area)}" name="${name}">`;
      if (v.verdict === "fail") {
        const detail = v.findings.map((f) => formatFinding(f, context)).join("\n\n");
        const first = v.findings[0];
        return `${open}\n      <failure type="${v.level}" message="${escapeXml(first?.title ?? v.text)}">${escapeXml(detail)}</failure>\n    </testcase>`;
      }
      if (v.verdict === "skip" || v.verdict === "not-testable") {
        return `${open}\n      <skipped message="${escapeXml(`${v.verdict}: ${v.reason ?? ""}`)}"/>\n    </testcase>`;
      }
      return `${open}</testcase>`;
    });
    return `  <testsuite name="easypay.${escapeXml(area)}" tests="${list.length}" failures="${failures}" skipped="${skipped}">\n${cases.join("\n")}\n  </testsuite>`;
  });
  const total = verdicts.length;
  const failed = verdicts.filter((v) => v.verdict === "fail").length;
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="easypay-conformance" tests="${total}" failures="${failed}" time="${(durationMs / 1000).toFixed(3)}">\n${suites.join("\n")}\n</testsuites>\n`;
}
