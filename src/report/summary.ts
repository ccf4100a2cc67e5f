/**
 * summary.json: the run as a pipeline reads it — rule id → verdict with the cases judged,
 * counts, durations, and what was run against what. Described by summary.schema.json. Pure.
 * No bodies, headers or URLs beyond the target's base URL: nothing a secret can hide in but
 * the finding titles, which are masked like every other report text.
 */

import { redactText } from "../core/secrets";
import {
  areaOf,
  countGrades,
  displayUrl,
  extraField,
  gradeOf,
  headlineGrade,
  type RunMeta,
  type RunView,
} from "./reportInput";

export const summarySchemaVersion = 1;

export interface SummaryCase {
  scenario: string;
  verdict: string;
  title: string;
}

export interface SummaryRule {
  area: string;
  level: string;
  verdict: string;
  reason?: string;
  cases: SummaryCase[];
  [extra: string]: unknown;
}

export interface Summary {
  schemaVersion: number;
  runId: string;
  kit: { name: "easypay-conformance"; version: string; specHash: string };
  target: { url: string; embedded: boolean; faults: string[] };
  profile: string;
  driver: string;
  startedAt: string;
  finishedAt: string;
  durationMs: number;
  verdict: string;
  counts: Record<string, number>;
  mustFailures: string[];
  scenarios: { name: string; durationMs: number; exchanges: number }[];
  rules: Record<string, SummaryRule>;
}

/** Optional fields a newer roll-up adds, copied when they are plain data. */
const passThrough = ["skipCause", "waiver", "casesNotJudged", "notJudged"];

export function buildSummary(run: RunView, meta: RunMeta): Summary {
  const rules: Record<string, SummaryRule> = {};
  for (const v of run.verdicts) {
    const cases = run.findings
      .filter((f) => f.rule === v.rule)
      .map((f) => ({ scenario: f.scenario, verdict: f.verdict, title: redactText(f.title) }));
    const extras = Object.fromEntries(
      passThrough.map((k) => [k, extraField(v, k)]).filter(([, value]) => value !== undefined),
    );
    rules[v.rule] = {
      area: areaOf(v.rule),
      level: v.level,
      verdict: gradeOf(v),
      ...(v.reason !== undefined ? { reason: redactText(v.reason) } : {}),
      cases,
      ...(JSON.parse(JSON.stringify(extras)) as Record<string, unknown>),
    };
  }
  const grades = run.verdicts.map(gradeOf);
  return {
    schemaVersion: summarySchemaVersion,
    runId: meta.runId,
    kit: { name: "easypay-conformance", version: meta.kitVersion, specHash: meta.specHash },
    target: { url: displayUrl(meta.targetUrl), embedded: meta.embedded, faults: [...meta.faults] },
    profile: meta.profile,
    driver: meta.driver,
    startedAt: new Date(meta.startedAt).toISOString(),
    finishedAt: new Date(meta.startedAt + run.durationMs).toISOString(),
    durationMs: run.durationMs,
    verdict: headlineGrade(grades),
    counts: countGrades(run.verdicts),
    mustFailures: run.verdicts.filter((v) => v.level === "MUST" && gradeOf(v) === "fail").map((v) => v.rule),
    scenarios: run.traces.map((t) => ({
      name: t.scenario,
      durationMs: (t.finishedAt ?? t.startedAt) - t.startedAt,
      exchanges: t.exchanges.length,
    })),
    rules,
  };
}
