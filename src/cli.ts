#!/usr/bin/env node
import { join } from "node:path";
import { allChecks } from "./checks";
import { judge } from "./checks/defineCheck";
import { parseCliArgs, UsageError, usage } from "./cliArgs";
/**
 * easypay-conformance: runs the suite against an MPP (the embedded reference MPP by default),
 * prints one verdict per rule, writes reports, and exits with a code that tells the truth
 * (src/run/exitCode.ts): 0 judged and passed, 1 failed, 2 usage/config error, 3 incomplete.
 */
import { ConfigError } from "./config/ConfigError";
import { loadWaivers } from "./config/loadWaivers";
import { verdictLine, worstOfFindings } from "./report/progress/progressModel";
import { ProgressReporter, progressMode } from "./report/progress/progressReporter";
import { reproducerFor } from "./report/reproducer";
import { newRunId } from "./report/runFolder";
import { summaryTable } from "./report/summaryTable";
import { targetHealth } from "./report/targetHealth";
import { writeReports } from "./report/writeReports";
import { type FaultId, isFaultId, isPageStyle, type PageStyle, pageStyles } from "./run/embeddedTarget";
import { exitCodes } from "./run/exitCode";
import { openSession } from "./run/openSession";
import { runConformance } from "./run/runConformance";
import { runSummary } from "./run/runSummary";
import { runVerdict } from "./run/runVerdict";
import { utcDay } from "./run/waivers";
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
  if (unknownFaults.length)
    throw new UsageError(
      `--fault: unknown fault ${unknownFaults.join(", ")} (see npm run reference-mpp -- --list-faults)`,
    );
  if (!embedded && args.faults.length)
    throw new UsageError("--fault applies to the embedded reference MPP only; drop --target");
  if (args.pageStyle !== undefined && !isPageStyle(args.pageStyle))
    throw new UsageError(`--page-style: must be one of ${pageStyles.join(", ")}, got '${args.pageStyle}'`);
  if (!embedded && args.pageStyle !== undefined)
    throw new UsageError("--page-style applies to the embedded reference MPP only; drop --target");

  // Read before the run: a bad waivers file is a usage error, not a finding after minutes of testing.
  const waivers = args.waiversFile ? loadWaivers(args.waiversFile) : [];
  const runId = newRunId();
  const startedAt = Date.now();
  const sampleIdentity = !embedded && !args.configFile;
  if (sampleIdentity) {
    console.warn(
      "no --config: using the kit's sample Client-Id, ids, accounts and throwaway keys; give a config file (config/example.json) for a real verdict",
    );
  }
  const session = await openSession({
    embedded,
    sampleIdentity,
    configFile: args.configFile,
    faults: args.faults as FaultId[],
    ...(args.pageStyle !== undefined ? { pageStyle: args.pageStyle as PageStyle } : {}),
    flags: { baseUrl: args.target, driver: args.driver, profile: args.profile, reportsDir: args.reportsDir },
  });
  try {
    const { config } = session;
    const scenarios = args.scenarios.length
      ? allScenarios.filter((s) => args.scenarios.includes(s.name))
      : allScenarios;
    const say = args.quiet ? () => undefined : console.log;
    say(
      `easypay-conformance: ${embedded ? "embedded reference MPP" : "target"} ${config.target.baseUrl}` +
        `${args.faults.length ? ` with faults ${args.faults.join(", ")}` : ""}; ${scenarios.length} scenarios, ` +
        `${config.timing.profile} timing, ${session.verifier.name} verification; simulator at ${session.simulator.baseUrl}`,
    );
    const progress = new ProgressReporter(
      process.stdout,
      progressMode({ quiet: args.quiet, tty: process.stdout.isTTY, env: process.env }),
      args.verbose,
    );
    progress.start(scenarios.map((s) => s.name));
    const result = await runConformance({
      config,
      simulator: session.simulator,
      verifier: session.verifier,
      scenarios,
      onScenarioStart: (trace) => progress.scenarioStarted(trace),
      onScenarioDone: (trace) => progress.scenarioDone(trace, worstOfFindings(judge([trace], allChecks))),
    }).finally(() => progress.stop());
    const run = runVerdict(result, {
      failOn: args.failOn,
      allowIncomplete: args.allowIncomplete,
      waivers,
      today: utcDay(new Date()),
      ...(args.scenarios.length ? { subset: args.scenarios } : {}),
    });
    const reproduce = reproducerFor(result.traces);
    say(`\n${summaryTable(run.verdicts, { reproduce })}`);
    const health = targetHealth(result.traces);
    if (health) say(`\n${health}`);
    const written = writeReports(
      config.reportsDir,
      { ...result, verdicts: run.verdicts },
      {
        reproduce,
        sharedEvidenceDir: config.verification.evidenceDir,
        meta: {
          runId,
          startedAt,
          targetUrl: config.target.baseUrl,
          embedded,
          faults: args.faults,
          scenarios: scenarios.map((s) => s.name),
          profile: config.timing.profile,
          driver: session.verifier.name,
        },
      },
    );
    const ending = runSummary(run);
    if (args.quiet) console.log(`${verdictLine(run.verdicts)}; report: ${join(written.runDir, "report.html")}`);
    else
      console.log(
        `\nfinished in ${(result.durationMs / 1000).toFixed(1)} s; reports: ${written.runDir} (also ${written.latestDir}); open ${join(written.runDir, "report.html")}`,
      );
    // The ending says what was not judged, even in --quiet: a partial run must never pass for a complete one.
    if (ending) console.log(`\n${ending}`);
    return run.exitCode;
  } finally {
    await session.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof UsageError || error instanceof ConfigError) {
      console.error(error.message);
      process.exit(exitCodes.usage);
    }
    // Not the MPP's fault and not the user's: the run could not judge anything.
    console.error(
      `easypay-conformance: kit error, nothing was judged; please file it with this stack:\n${(error as Error).stack ?? String(error)}`,
    );
    process.exit(exitCodes.incomplete);
  },
);
