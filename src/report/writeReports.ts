/**
 * Writes a run's reports into its own folder, <reports>/<run-id>/, and copies it to
 * <reports>/latest/: JUnit XML for CI, the findings with their (redacted) traces as JSON,
 * summary.json for pipelines, report.html for people, and evidence/ (screenshots).
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { redactJson, redactTrace } from "../core/secrets";
import type { Trace } from "../core/trace";
import type { FailureContext } from "./failureMessage";
import { renderReportHtml } from "./html/renderReport";
import { junitXml } from "./junit";
import { kitVersion, specHash } from "./kitIdentity";
import type { RunMeta, RunView } from "./reportInput";
import { collectEvidence, newRunId, publishLatest } from "./runFolder";
import { buildSummary } from "./summary";

/** A run's result as the writers need it (JUnit takes the verdicts as the roll-up made them). */
export type ReportableRun = Omit<RunView, "verdicts"> & { verdicts: Parameters<typeof junitXml>[0] };

export interface WriteOptions extends FailureContext {
  /** What was run against what; whatever is missing is taken from the traces. */
  meta?: Partial<RunMeta>;
  /** The default, shared screenshot folder: screenshots there are moved into the run folder. */
  sharedEvidenceDir?: string;
}

/** The files of a run folder, besides evidence/ (CI recipes and docs name them). */
export const reportFiles = ["junit.xml", "findings.json", "summary.json", "report.html"] as const;

export interface WrittenReports {
  runDir: string;
  latestDir: string;
  files: string[];
}

function metaFor(result: RunView, given: Partial<RunMeta> = {}): RunMeta {
  const first = result.traces[0];
  return {
    runId: given.runId ?? newRunId(),
    startedAt: given.startedAt ?? Math.min(...result.traces.map((t) => t.startedAt), Date.now() - result.durationMs),
    targetUrl: given.targetUrl ?? first?.target.baseUrl ?? "",
    embedded: given.embedded ?? false,
    faults: given.faults ?? [],
    scenarios: given.scenarios ?? result.traces.map((t) => t.scenario),
    profile: given.profile ?? "unknown",
    driver:
      given.driver ??
      ([...new Set(result.traces.flatMap((t) => t.verifications.map((v) => v.driver)))].join(",") || "unknown"),
    kitVersion: given.kitVersion ?? kitVersion(),
    specHash: given.specHash ?? specHash(),
  };
}

/** Screenshots move into evidence/; traces then cite them relative to the run folder. */
function withEvidence(
  traces: readonly Trace[],
  runDir: string,
  sharedEvidenceDir?: string,
): { traces: Trace[]; images: Map<string, string> } {
  const moved = collectEvidence(
    traces.flatMap((t) => t.verifications.flatMap((v) => v.screenshots)),
    runDir,
    sharedEvidenceDir,
  );
  const rel = (p: string) =>
    relative(runDir, moved.get(p) ?? p)
      .split("\\")
      .join("/");
  const images = new Map<string, string>();
  for (const to of moved.values()) images.set(rel(to), `data:image/png;base64,${readFileSync(to).toString("base64")}`);
  const rewritten = traces.map((t) => ({
    ...t,
    verifications: t.verifications.map((v) => ({
      ...v,
      screenshots: v.screenshots.map((p) => (moved.has(p) ? rel(p) : p)),
    })),
  }));
  return { traces: rewritten, images };
}

export function writeReports(baseDir: string, result: ReportableRun, options: WriteOptions = {}): WrittenReports {
  const meta = metaFor(result, options.meta);
  const runDir = join(baseDir, meta.runId);
  mkdirSync(runDir, { recursive: true });
  const { traces, images } = withEvidence(result.traces, runDir, options.sharedEvidenceDir);
  const run: RunView = { ...result, traces };
  const context: FailureContext = { reproduce: options.reproduce };
  const files: Record<(typeof reportFiles)[number], string> = {
    "junit.xml": junitXml(result.verdicts, result.durationMs, context),
    "findings.json": `${JSON.stringify(
      {
        durationMs: result.durationMs,
        verdicts: result.verdicts.map(({ findings: _f, ...verdict }) => redactJson(verdict)),
        findings: redactJson(result.findings),
        traces: traces.map(redactTrace),
      },
      null,
      2,
    )}\n`,
    "summary.json": `${JSON.stringify(buildSummary(run, meta), null, 2)}\n`,
    "report.html": renderReportHtml({ run, meta, reproduce: options.reproduce, screenshots: images }),
  };
  for (const [name, text] of Object.entries(files)) writeFileSync(join(runDir, name), text);
  const latestDir = publishLatest(baseDir, runDir);
  return { runDir, latestDir, files: Object.keys(files).map((name) => join(runDir, name)) };
}
