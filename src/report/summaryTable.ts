/** The console summary: one line per rule, failures first, then the details of each failure. */
import type { RuleVerdict } from "../run/ruleVerdicts";
import { formatFinding, type FailureContext } from "./failureMessage";

const order = { fail: 0, skip: 1, "not-testable": 2, pass: 3 } as const;
const label = { fail: "FAIL", skip: "skip", "not-testable": "n/t ", pass: "pass" } as const;

export function summaryTable(verdicts: readonly RuleVerdict[], context: FailureContext = {}): string {
  const sorted = [...verdicts].sort((a, b) => order[a.verdict] - order[b.verdict] || a.rule.localeCompare(b.rule));
  const width = Math.max(...verdicts.map((v) => v.rule.length));
  const rows = sorted.map((v) => {
    const why = v.verdict === "skip" || v.verdict === "not-testable" ? `  (${v.reason})` : "";
    return `${label[v.verdict]}  ${v.level.padEnd(6)} ${v.rule.padEnd(width)}  ${v.text}${why}`;
  });
  const failures = sorted
    .filter((v) => v.verdict === "fail")
    .flatMap((v) => v.findings.map((f) => formatFinding(f, context)));
  const count = (verdict: keyof typeof order) => verdicts.filter((v) => v.verdict === verdict).length;
  const totals = `${verdicts.length} rules: ${count("pass")} pass, ${count("fail")} fail, ${count("skip")} skipped, ${count("not-testable")} not testable`;
  return [...rows, "", ...(failures.length ? ["Failures:", "", failures.join("\n\n"), ""] : []), totals].join("\n");
}
