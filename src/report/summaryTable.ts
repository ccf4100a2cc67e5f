/**
 * The console summary: one line per rule, failures first, then the details of each failure.
 * A rule judged on only some of its cases says so ("part"), with the case not judged and why.
 */

import { redactText } from "../core/secrets";
import type { Grade, RuleVerdict } from "../core/verdicts";
import { type FailureContext, formatFinding } from "./failureMessage";

type Row = Grade | "part";
const order: Record<Row, number> = { fail: 0, warn: 1, part: 2, skip: 3, waived: 4, "not-testable": 5, pass: 6 };
const label: Record<Row, string> = {
  fail: "FAIL",
  warn: "warn",
  part: "part",
  skip: "skip",
  waived: "wvd ",
  "not-testable": "n/t ",
  pass: "pass",
};

/** A skipped rule some of whose cases passed: partial coverage, shown as such. */
const rowOf = (v: RuleVerdict): Row =>
  v.grade === "skip" && v.cases.some((c) => c.status === "pass") ? "part" : v.grade;

function why(v: RuleVerdict): string {
  if (v.grade === "waived") return `  (waived until ${v.waiver?.expires}: ${v.waiver?.reason})`;
  if (v.grade === "skip" || v.grade === "not-testable") return `  (${v.reason})`;
  const notRun = v.cases.filter((c) => c.status === "not-run").map((c) => c.scenario);
  const judged = v.cases.filter((c) => c.status === "pass" || c.status === "fail").map((c) => c.scenario);
  return notRun.length && judged.length
    ? `  (judged in ${judged.join(", ")} only; not in this run: ${notRun.join(", ")})`
    : "";
}

export function summaryTable(verdicts: readonly RuleVerdict[], context: FailureContext = {}): string {
  const sorted = [...verdicts].sort((a, b) => order[rowOf(a)] - order[rowOf(b)] || a.rule.localeCompare(b.rule));
  const width = Math.max(...verdicts.map((v) => v.rule.length));
  // Reasons quote what drivers saw (page text, outbox answers): masked like every report.
  const rows = sorted.map(
    (v) => `${label[rowOf(v)]}  ${v.level.padEnd(6)} ${v.rule.padEnd(width)}  ${v.text}${why(v)}`,
  );
  const failures = sorted
    .filter((v) => v.grade === "fail" || v.grade === "warn")
    .flatMap((v) => v.findings.map((f) => formatFinding(f, context)));
  const count = (row: Row) => verdicts.filter((v) => rowOf(v) === row).length;
  const totals =
    `${verdicts.length} rules: ${count("pass")} pass, ${count("fail")} fail, ${count("warn")} warn, ` +
    `${count("skip") + count("part")} skipped${count("part") ? ` (${count("part")} partly judged)` : ""}, ` +
    `${count("not-testable")} not testable${count("waived") ? `, ${count("waived")} waived` : ""}`;
  return [
    ...rows.map(redactText),
    "",
    ...(failures.length ? ["Failures:", "", failures.join("\n\n"), ""] : []),
    totals,
  ].join("\n");
}
