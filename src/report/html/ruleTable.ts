/**
 * The rule × verdict table, grouped by area: one row per rule that opens to its text, level,
 * source, every case it judged, and for each failure Expected / Received / Hint, the evidence
 * marked at its JSON path, and the reproducing curl. Input traces are already redacted.
 */
import { rules } from "../../../generated/rules";
import { redactText } from "../../core/secrets";
import type { Exchange, Trace } from "../../core/trace";
import type { Finding } from "../../core/verdicts";
import { areaOf, extraField, gradeOf, type VerdictView } from "../reportInput";
import { anchor, esc, gradeClass } from "./escape";
import { bodyHtml, exchangeAnchor } from "./timeline";

export interface RuleTableContext {
  /** Every finding of the run, all cases. */
  findings: readonly Finding[];
  exchange(scenario: string, exchangeId: string): Exchange | undefined;
  reproduce?: (exchangeId: string, scenario: string) => string | undefined;
}

export const ruleAnchor = (rule: string): string => anchor("rule", rule);
export const badge = (grade: string): string => `<span class="badge ${gradeClass(grade)}">${esc(grade)}</span>`;

function evidenceHtml(finding: Finding, ctx: RuleTableContext): string {
  return finding.evidence
    .map((e) => {
      if (!e.exchangeId) return e.path ? `<p class="note">at ${esc(e.path)}</p>` : "";
      const x = ctx.exchange(finding.scenario, e.exchangeId);
      if (!x) return `<p class="note">exchange ${esc(e.exchangeId)} (not in the trace)</p>`;
      const side = e.side ?? (x.direction === "from-mpp" || !x.response ? "request" : "response");
      const message = side === "response" ? x.response : x.request;
      const answered = x.answeredWith ? `; the simulator answered ${x.answeredWith}` : "";
      const title = `Evidence: ${side} of ${x.id} (${x.api ?? "?"} ${x.method}, step ${x.step}${answered})${e.path && e.path !== "$" ? ` at ${e.path}` : ""}`;
      const link = `<a href="#${exchangeAnchor(finding.scenario, x.id)}">show in the timeline</a>`;
      const body = message
        ? bodyHtml(message, e.path)
        : `<p class="note">no ${side}: ${esc(x.error?.message ?? "nothing arrived")}</p>`;
      return `<h5>${esc(title)} · ${link}</h5>${body}`;
    })
    .join("");
}

function findingHtml(finding: Finding, index: number, ctx: RuleTableContext): string {
  const where = finding.evidence[0];
  const place = where
    ? `, step ${where.step ?? "?"} (${[where.api, where.exchangeId, where.path].filter(Boolean).join(", ")})`
    : "";
  const rows: [string, string | undefined][] = [
    ["Expected", finding.expected],
    ["Received", finding.received],
    [finding.verdict === "fail" ? "Hint" : "Reason", finding.hint],
  ];
  const erh = rows
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `<b>${k}</b><span>${esc(redactText(v!))}</span>`)
    .join("");
  const curl = where?.exchangeId ? ctx.reproduce?.(where.exchangeId, finding.scenario) : undefined;
  return (
    `<div class="finding${finding.level === "SHOULD" ? " g-warn-f" : ""}" id="${anchor("f", finding.rule, String(index))}">` +
    `<h4>✗ ${esc(redactText(finding.title))}</h4><p class="note">scenario ${esc(finding.scenario)}${esc(place)}</p>` +
    `<div class="erh">${erh}</div>${evidenceHtml(finding, ctx)}` +
    (curl ? `<h5>Reproduce</h5><pre class="curl">${esc(curl)}</pre>` : "") +
    `</div>`
  );
}

/** The first failures in full; the rest (often the same slip in other scenarios) one click away. */
const shownFailures = 2;
function failuresHtml(failures: readonly Finding[], ctx: RuleTableContext): string {
  const blocks = failures.map((f, i) => findingHtml(f, i, ctx));
  const rest = blocks.slice(shownFailures);
  return (
    blocks.slice(0, shownFailures).join("") +
    (rest.length
      ? `<details class="more"><summary>${rest.length} more failure${rest.length > 1 ? "s" : ""} of this rule</summary>${rest.join("")}</details>`
      : "")
  );
}

function casesHtml(mine: readonly Finding[]): string {
  if (mine.length === 0) return `<p class="note">No case of this run judged the rule.</p>`;
  const rows = mine.map((f) => {
    const x = f.evidence[0]?.exchangeId;
    const link = x ? ` <a href="#${exchangeAnchor(f.scenario, x)}">${esc(x)}</a>` : "";
    return `<tr><td>${badge(f.verdict)}</td><td>${esc(f.scenario)}</td><td>${esc(redactText(f.title))}${link}</td></tr>`;
  });
  return `<table class="cases"><tr><th>verdict</th><th>scenario</th><th>case</th></tr>${rows.join("")}</table>`;
}

/** Optional fields of a newer roll-up (skip cause, waiver, cases not judged), shown as text. */
function extrasHtml(v: VerdictView): string {
  const names: [string, string][] = [
    ["skipCause", "skip cause"],
    ["waiver", "waiver"],
    ["casesNotJudged", "not judged"],
    ["notJudged", "not judged"],
  ];
  return names
    .map(([field, label]) => {
      const value = extraField(v, field);
      if (value === undefined || value === null) return "";
      const text = typeof value === "string" ? value : JSON.stringify(value);
      return `<dt>${label}</dt><dd>${esc(redactText(text))}</dd>`;
    })
    .join("");
}

function ruleHtml(v: VerdictView, ctx: RuleTableContext): string {
  const grade = gradeOf(v);
  const meta = (rules as Record<string, { source?: string; feature?: string } | undefined>)[v.rule];
  const mine = ctx.findings.filter((f) => f.rule === v.rule);
  const failures = mine.filter((f) => f.verdict === "fail");
  const dl = [
    `<dt>rule</dt><dd>${esc(v.text)}</dd>`,
    `<dt>level</dt><dd>${esc(v.level)}</dd>`,
    meta?.source ? `<dt>source</dt><dd>${esc(meta.source)}</dd>` : "",
    meta?.feature ? `<dt>feature</dt><dd>${esc(meta.feature)} (optional; judged only when declared)</dd>` : "",
    v.reason ? `<dt>why</dt><dd>${esc(redactText(v.reason))}</dd>` : "",
    extrasHtml(v),
  ].join("");
  return (
    `<details class="rule" id="${ruleAnchor(v.rule)}" data-grade="${esc(grade)}" data-area="${esc(areaOf(v.rule))}">` +
    `<summary>${badge(grade)}<span class="lvl ${esc(v.level)}">${esc(v.level)}</span><span class="rid">${esc(v.rule)}</span><span class="text">${esc(v.text)}${v.reason && grade !== "pass" ? ` <small class="why">— ${esc(redactText(v.reason))}</small>` : ""}</span></summary>` +
    `<div class="body"><dl>${dl}</dl><h5>Cases judged (${mine.length})</h5>${casesHtml(mine)}${failuresHtml(failures, ctx)}</div></details>`
  );
}

export function ruleTableHtml(verdicts: readonly VerdictView[], ctx: RuleTableContext): string {
  const byArea = new Map<string, VerdictView[]>();
  for (const v of verdicts) byArea.set(areaOf(v.rule), [...(byArea.get(areaOf(v.rule)) ?? []), v]);
  return [...byArea]
    .map(([area, list]) => {
      const tally = new Map<string, number>();
      for (const g of list.map(gradeOf)) tally.set(g, (tally.get(g) ?? 0) + 1);
      const counts = [...tally].map(([g, n]) => `${n} ${g}`).join(", ");
      return `<section class="area" data-area="${esc(area)}"><h3>${esc(area)} <small>${esc(counts)}</small></h3>${list.map((v) => ruleHtml(v, ctx)).join("")}</section>`;
    })
    .join("");
}

/** Exchange lookup over traces: ids are unique within a trace only. */
export function exchangeLookup(traces: readonly Trace[]): RuleTableContext["exchange"] {
  const byId = new Map<string, Exchange>(
    traces.flatMap((t) => t.exchanges.map((x) => [`${t.scenario}/${x.id}`, x] as const)),
  );
  return (scenario, id) => byId.get(`${scenario}/${id}`);
}
