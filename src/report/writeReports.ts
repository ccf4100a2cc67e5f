/** Writes a run's reports: JUnit XML for CI, and the findings with their (redacted) traces as JSON. */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { RunResult } from "../run/runConformance";
import type { FailureContext } from "./failureMessage";
import { junitXml } from "./junit";
import { redactJson, redactTrace } from "./redact";

export function writeReports(dir: string, result: RunResult, context: FailureContext = {}): string[] {
  mkdirSync(dir, { recursive: true });
  const junit = join(dir, "junit.xml");
  const findings = join(dir, "findings.json");
  writeFileSync(junit, junitXml(result.verdicts, result.durationMs, context));
  const record = {
    durationMs: result.durationMs,
    verdicts: result.verdicts.map(({ findings: _f, ...verdict }) => verdict),
    findings: redactJson(result.findings),
    traces: result.traces.map(redactTrace),
  };
  writeFileSync(findings, `${JSON.stringify(record, null, 2)}\n`);
  return [junit, findings];
}
