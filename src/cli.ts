#!/usr/bin/env node
/**
 * easypay-conformance: runs the suite against an MPP (the embedded reference MPP by default),
 * prints one verdict per rule, writes reports, and exits non-zero when a MUST rule fails.
 */
import { ConfigError } from "./config/ConfigError";
import { isFaultId, type FaultId } from "../reference-mpp";
import { parseCliArgs, usage, UsageError } from "./cliArgs";
import { openSession } from "./run/openSession";
import { runConformance } from "./run/runConformance";
import { runFailed } from "./run/ruleVerdicts";
import { writeReports } from "./report/writeReports";
import { newRunId } from "./report/runFolder";
import { join } from "node:path";
import { ProgressReporter, progressMode } from "./report/progress/progressReporter";
import { verdictLine, worstOfFindings } from "./report/progress/progressModel";
import { judge } from "./checks/defineCheck";
import { allChecks } from "./checks";
import { summaryTable } from "./report/summaryTable";
import { reproducerFor } from "./report/reproducer";
import { targetHealth } from "./report/targetHealth";
import { allScenarios } from "./scenarios";

async function main(argv: readonly string[]): Promise<number> {
  const args = parseCliArgs(argv);
  if (args.command === "help") {
    console.log(usage);
    return 0;
  }
  const target = args.target ?? (process.env.MPP_BASE_URL || undefined); // an empty variable is no target
  const embedded = target === undefined;
  const unknownFaults = args.faults.filter((f) => !isFaultId(f));
  if (unknownFaults.length) throw new UsageError(`--fault: unknown fault ${unknownFaults.join(", ")} (see npm run reference-mpp -- --list-faults)`);
  if (!embedded && args.faults.length) throw new UsageError("--fault applies to the embedded reference MPP only; drop --target");

  const runId = newRunId();
  const startedAt = Date.now();
  const sampleIdentity = !embedded && !args.configFile;
  if (sampleIdentity) {
    console.warn("no --config: using the kit's sample Client-Id, ids, accounts and throwaway keys; give a config file (config/example.json) for a real verdict");
  }
  const session = await openSession({
    embedded,
    sampleIdentity,
    configFile: args.configFile,
    faults: args.faults as FaultId[],
    flags: { baseUrl: args.target, driver: args.driver, profile: args.profile, reportsDir: args.reportsDir },
  });
  try {
    const { config } = session;
    const scenarios = args.scenarios.length ? allScenarios.filter((s) => args.scenarios.includes(s.name)) : allScenarios;
    const say = args.quiet ? () => undefined : console.log;
    say(`easypay-conformance: ${embedded ? "embedded reference MPP" : "target"} ${config.target.baseUrl}` +
      `${args.faults.length ? ` with faults ${args.faults.join(", ")}` : ""}; ${scenarios.length} scenarios, ` +
      `${config.timing.profile} timing, ${session.verifier.name} verification; simulator at ${session.simulator.baseUrl}`);
    const progress = new ProgressReporter(process.stdout, progressMode({ quiet: args.quiet, tty: process.stdout.isTTY, env: process.env }), args.verbose);
    progress.start(scenarios.map((s) => s.name));
    const result = await runConformance({
      config,
      simulator: session.simulator,
      verifier: session.verifier,
      scenarios,
      onScenarioStart: (trace) => progress.scenarioStarted(trace),
      onScenarioDone: (trace) => progress.scenarioDone(trace, worstOfFindings(judge([trace], allChecks))),
    }).finally(() => progress.stop());
    const reproduce = reproducerFor(result.traces);
    say(`\n${summaryTable(result.verdicts, { reproduce })}`);
    const health = targetHealth(result.traces);
    if (health) say(`\n${health}`);
    const written = writeReports(config.reportsDir, result, {
      reproduce,
      sharedEvidenceDir: config.verification.evidenceDir,
      meta: { runId, startedAt, targetUrl: config.target.baseUrl, embedded, faults: args.faults, scenarios: scenarios.map((s) => s.name), profile: config.timing.profile, driver: session.verifier.name },
    });
    if (args.quiet) console.log(`${verdictLine(result.verdicts)}; report: ${join(written.runDir, "report.html")}`);
    else console.log(`\nfinished in ${(result.durationMs / 1000).toFixed(1)} s; reports: ${written.runDir} (also ${written.latestDir}); open ${join(written.runDir, "report.html")}`);
    return runFailed(result.verdicts) ? 1 : 0;
  } finally {
    await session.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof UsageError || error instanceof ConfigError) console.error(error.message);
    else console.error(`easypay-conformance: internal error (please report): ${(error as Error).stack ?? String(error)}`);
    process.exit(2);
  },
);
