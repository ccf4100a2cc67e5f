/**
 * report.html: one self-contained page a person reads instead of the console. Pure: run data
 * in, HTML out. Works offline and loads nothing (see assets.ts for the policy that enforces it).
 */
import { redactTrace } from "../../core/secrets";
import {
  areaOf,
  countGrades,
  displayUrl,
  gradeOf,
  gradeRank,
  headlineGrade,
  type RunMeta,
  type RunView,
} from "../reportInput";
import { contentSecurityPolicy, css, script } from "./assets";
import { esc, gradeClass } from "./escape";
import { exchangeLookup, ruleAnchor, ruleTableHtml } from "./ruleTable";
import { timelineHtml } from "./timeline";

export interface ReportHtmlInput {
  run: RunView;
  meta: RunMeta;
  /** A redacted reproducing command for an exchange, when one applies. */
  reproduce?: (exchangeId: string, scenario: string) => string | undefined;
  /** Screenshot path (as recorded in the trace) → data:image/png URI. */
  screenshots?: ReadonlyMap<string, string>;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

function headerHtml(input: ReportHtmlInput, worst: string): string {
  const { run, meta } = input;
  const counts = Object.entries(countGrades(run.verdicts))
    .map(([g, n]) => `<span>${n} ${esc(g)}</span>`)
    .join("");
  const mustFails = run.verdicts.filter((v) => v.level === "MUST" && gradeOf(v) === "fail").length;
  const headline = mustFails
    ? `${mustFails} MUST rule${mustFails > 1 ? "s" : ""} failed`
    : worst === "pass"
      ? "no rule failed"
      : `worst verdict: ${worst}`;
  const facts = [
    `target ${displayUrl(meta.targetUrl)}${meta.embedded ? " (embedded reference MPP)" : ""}`,
    meta.faults.length ? `faults ${meta.faults.join(", ")}` : "",
    `${meta.scenarios.length} scenarios`,
    `profile ${meta.profile}`,
    `driver ${meta.driver}`,
    `started ${new Date(meta.startedAt).toISOString()}`,
    `run ${meta.runId}`,
    `kit ${meta.kitVersion}`,
    `spec ${meta.specHash.slice(0, 19)}`,
  ].filter(Boolean);
  return (
    `<header><h1>easypay-conformance report</h1><div class="meta">${facts.map((f) => `<span>${esc(f)}</span>`).join("")}</div>` +
    `<div class="banner"><span class="big ${gradeClass(worst)}" id="verdict">${esc(worst.toUpperCase())}</span><strong>${esc(headline)}</strong>` +
    `<span class="counts">${counts}</span><span>${run.verdicts.length} rules in ${esc(seconds(run.durationMs))}</span></div></header>`
  );
}

function toolbarHtml(input: ReportHtmlInput): string {
  const grades = [...new Set(input.run.verdicts.map(gradeOf))].sort((a, b) => gradeRank(a) - gradeRank(b));
  const areas = [...new Set(input.run.verdicts.map((v) => areaOf(v.rule)))];
  const counts = countGrades(input.run.verdicts);
  const checks = grades
    .map(
      (g) =>
        `<label><input type="checkbox" name="grade" value="${esc(g)}" checked> ${esc(g)} (${counts[g] ?? 0})</label>`,
    )
    .join(" ");
  const options = areas.map((a) => `<option value="${esc(a)}">${esc(a)}</option>`).join("");
  return (
    `<div class="toolbar"><input type="search" id="q" placeholder="Search rules, cases, bodies…" aria-label="search">` +
    `<span>${checks}</span><select id="area" aria-label="area"><option value="">all areas</option>${options}</select><span id="shown"></span></div>`
  );
}

function failureListHtml(input: ReportHtmlInput): string {
  const bad = input.run.verdicts.filter((v) => gradeRank(gradeOf(v)) < gradeRank("skip"));
  if (bad.length === 0) return "";
  const items = bad.map(
    (v) =>
      `<li><span class="badge ${gradeClass(gradeOf(v))}">${esc(gradeOf(v))}</span> <a href="#${ruleAnchor(v.rule)}">${esc(v.level)} ${esc(v.rule)}</a> — ${esc(v.text)}</li>`,
  );
  return `<div class="failures"><h2>Needs attention (${bad.length})</h2><ul>${items.join("")}</ul></div>`;
}

export function renderReportHtml(input: ReportHtmlInput): string {
  const traces = input.run.traces.map(redactTrace);
  const worst = headlineGrade(input.run.verdicts.map(gradeOf));
  const cited = new Set(
    input.run.findings
      .filter((f) => f.verdict === "fail")
      .flatMap((f) => f.evidence.filter((e) => e.exchangeId).map((e) => `${f.scenario}/${e.exchangeId}`)),
  );
  const rulesHtml = ruleTableHtml(input.run.verdicts, {
    findings: input.run.findings,
    exchange: exchangeLookup(traces),
    reproduce: input.reproduce,
  });
  const timelines = traces.map((t) => timelineHtml(t, { screenshots: input.screenshots ?? new Map(), cited })).join("");
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${esc(contentSecurityPolicy)}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(`${worst.toUpperCase()} · easypay-conformance · ${displayUrl(input.meta.targetUrl)}`)}</title>
<style>${css}</style></head><body>
${headerHtml(input, worst)}
<main>${failureListHtml(input)}${toolbarHtml(input)}
<h2>Rules</h2>${rulesHtml}
<h2>Scenarios</h2><p class="note">Each scenario in order, times from its start. Open an entry for headers and bodies; the calls a failure cites are tinted.</p>${timelines}
</main>
<script>${script}</script>
</body></html>
`;
}
