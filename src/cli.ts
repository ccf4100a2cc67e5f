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

/** Where the command writes and what it reads: the process's own, or a test's. */
export interface CliIo {
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream;
  env: NodeJS.ProcessEnv;
}

const processIo: CliIo = { stdout: process.stdout, stderr: process.stderr, env: process.env };

async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const println = (text: string) => io.stdout.write(`${text}\n`);
  const args = parseCliArgs(argv);
  if (args.command === "help") {
    println(usage);
    return 0;
  }
  const target = args.target ?? (io.env.MPP_BASE_URL || undefined); // an empty variable is no target
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
    io.stderr.write(
      "no --config: using the kit's sample Client-Id, ids, accounts and throwaway keys; give a config file (config/example.json) for a real verdict\n",
    );
  }
  const session = await openSession({
    embedded,
    sampleIdentity,
    configFile: args.configFile,
    faults: args.faults as FaultId[],
    env: io.env,
    ...(args.pageStyle !== undefined ? { pageStyle: args.pageStyle as PageStyle } : {}),
    flags: { baseUrl: args.target, driver: args.driver, profile: args.profile, reportsDir: args.reportsDir },
  });
  try {
    const { config } = session;
    const scenarios = args.scenarios.length
      ? allScenarios.filter((s) => args.scenarios.includes(s.name))
      : allScenarios;
    const say = args.quiet ? () => undefined : println;
    say(
      `easypay-conformance: ${embedded ? "embedded reference MPP" : "target"} ${config.target.baseUrl}` +
        `${args.faults.length ? ` with faults ${args.faults.join(", ")}` : ""}; ${scenarios.length} scenarios, ` +
        `${config.timing.profile} timing, ${session.verifier.name} verification; simulator at ${session.simulator.baseUrl}`,
    );
    const progress = new ProgressReporter(
      io.stdout,
      progressMode({ quiet: args.quiet, tty: io.stdout.isTTY === true, env: io.env }),
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
    if (args.quiet) println(`${verdictLine(run.verdicts)}; report: ${join(written.runDir, "report.html")}`);
    else
      println(
        `\nfinished in ${(result.durationMs / 1000).toFixed(1)} s; reports: ${written.runDir} (also ${written.latestDir}); open ${join(written.runDir, "report.html")}`,
      );
    // The ending says what was not judged, even in --quiet: a partial run must never pass for a complete one.
    if (ending) println(`\n${ending}`);
    return run.exitCode;
  } finally {
    await session.close();
  }
}

/**
 * The command: its exit code, never a throw. A usage or config error is the user's to fix (2);
 * anything else is the kit's own failure, reported with its stack, and nothing was judged (3).
 */
export async function runCli(argv: readonly string[], io: CliIo = processIo): Promise<number> {
  try {
    return await main(argv, io);
  } catch (error) {
    if (error instanceof UsageError || error instanceof ConfigError) {
      io.stderr.write(`${error.message}\n`);
      return exitCodes.usage;
    }
    io.stderr.write(
      `easypay-conformance: kit error, nothing was judged; please file it with this stack:\n${(error as Error).stack ?? String(error)}\n`,
    );
    return exitCodes.incomplete;
  }
}

if (require.main === module) void runCli(process.argv.slice(2)).then((code) => process.exit(code));
