/**
 * The end of the console summary: what the run could not judge, grouped by cause with the most
 * likely fix; waivers applied, expired and stale; and what a --scenario subset left out. A
 * partial run can never be mistaken for a complete one. Pure.
 */

import { redactText } from "../core/secrets";
import type { RuleVerdict, SkipCause, Waiver } from "../core/verdicts";
import type { RunVerdict } from "./runVerdict";

interface Group {
  cause: SkipCause;
  summaries: Set<string>;
  rules: string[];
}

/** Rules grouped by what kept them from being judged: same kind and same fix, one group. */
function groupByCause(verdicts: readonly RuleVerdict[]): Group[] {
  const groups = new Map<string, Group>();
  for (const v of verdicts) {
    const cause = v.cause ?? { kind: "no-evidence", summary: v.reason ?? "not judged", fix: "see the report" };
    const key = `${cause.kind}|${cause.fix}`;
    const group = groups.get(key) ?? { cause, summaries: new Set<string>(), rules: [] };
    group.summaries.add(cause.summary);
    group.rules.push(v.rule);
    groups.set(key, group);
  }
  return [...groups.values()].sort((a, b) => b.rules.length - a.rules.length);
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const waiverName = (w: Waiver) => `${w.rule}${w.scenario ? ` (scenario ${w.scenario})` : ""}`;

function incompleteLines(run: RunVerdict): string[] {
  if (run.unjudged.length === 0 && run.unfinished.length === 0) return [];
  const lines = [`incomplete: ${plural(run.unjudged.length, "MUST rule")} not judged`];
  for (const group of groupByCause(run.unjudged)) {
    lines.push(
      `  - ${[...group.summaries].slice(0, 3).join("; ")}${group.summaries.size > 3 ? ` (and ${group.summaries.size - 3} more)` : ""}`,
    );
    lines.push(`    rules: ${group.rules.join(", ")}`);
    lines.push(`    fix: ${group.cause.fix}`);
  }
  for (const cut of run.unfinished.filter((c) => !run.unjudged.some((v) => v.cause?.summary === c.summary))) {
    lines.push(`  - ${cut.summary}`, `    fix: ${cut.fix}`);
  }
  if (run.unfinished.some((c) => c.kind === "kit-error")) {
    lines.push(
      "  A kit error is the kit's bug, not your MPP's: the stack is in the report (findings.json, the scenario's notes). Please file it.",
    );
  }
  if (run.policy.allowIncomplete)
    lines.push("  (accepted with --allow-incomplete: this run is not a complete verdict on the MPP)");
  return lines;
}

function waiverLines(run: RunVerdict): string[] {
  const waived = run.verdicts.filter((v) => v.grade === "waived");
  return [
    ...waived.map((v) => `waived: ${v.rule} until ${v.waiver?.expires} (${v.waiver?.reason})`),
    ...run.expiredWaivers.map(
      (w) =>
        `expired waiver: ${waiverName(w)} expired on ${w.expires} (${w.reason}): renew it with a later date or remove it; the run fails until then`,
    ),
    ...run.staleWaivers.map((w) => `stale waiver: ${waiverName(w)} now passes: remove it from the waivers file`),
  ];
}

function subsetLines(run: RunVerdict): string[] {
  if (!run.policy.subset) return [];
  const left = run.verdicts.filter((v) => v.cause?.kind === "not-in-run").length;
  const partly = run.verdicts.filter(
    (v) => v.cause?.kind !== "not-in-run" && v.cases.some((c) => c.status === "not-run"),
  ).length;
  return [
    `scenario subset (${run.policy.subset.join(", ")}): judged only the rules these scenarios cover; ${plural(left, "rule")} not in this run` +
      `${partly ? `, ${plural(partly, "rule")} judged on some of their cases only` : ""}. Run without --scenario for a complete verdict.`,
  ];
}

export function runSummary(run: RunVerdict): string {
  // Causes quote what drivers saw (page text, outbox answers): masked like every report.
  return redactText([...subsetLines(run), ...waiverLines(run), ...incompleteLines(run)].join("\n"));
}
