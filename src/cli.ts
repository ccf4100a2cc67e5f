#!/usr/bin/env node
/**
 * easypay-conformance: runs the suite against an MPP (the embedded reference MPP by default),
 * prints one verdict per rule, writes reports, and exits non-zero when a MUST rule fails.
 */
import { ConfigError } from "./config/ConfigError";
import { isFaultId, isPageStyle, pageStyles, type FaultId, type PageStyle } from "../reference-mpp";
import { parseCliArgs, usage, UsageError } from "./cliArgs";
import { openSession } from "./run/openSession";
import { runConformance } from "./run/runConformance";
import { runFailed } from "./run/ruleVerdicts";
import { writeReports } from "./report/writeReports";
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
  if (args.pageStyle !== undefined && !isPageStyle(args.pageStyle)) throw new UsageError(`--page-style: must be one of ${pageStyles.join(", ")}, got '${args.pageStyle}'`);
  if (!embedded && args.pageStyle !== undefined) throw new UsageError("--page-style applies to the embedded reference MPP only; drop --target");

  const sampleIdentity = !embedded && !args.configFile;
  if (sampleIdentity) {
    console.warn("no --config: using the kit's sample Client-Id, ids, accounts and throwaway keys; give a config file (config/example.json) for a real verdict");
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
    const scenarios = args.scenarios.length ? allScenarios.filter((s) => args.scenarios.includes(s.name)) : allScenarios;
    console.log(`easypay-conformance: ${embedded ? "embedded reference MPP" : "target"} ${config.target.baseUrl}` +
      `${args.faults.length ? ` with faults ${args.faults.join(", ")}` : ""}; ${scenarios.length} scenarios, ` +
      `${config.timing.profile} timing, ${session.verifier.name} verification; simulator at ${session.simulator.baseUrl}`);
    const result = await runConformance({
      config,
      simulator: session.simulator,
      verifier: session.verifier,
      scenarios,
      onScenarioDone: (trace) => console.log(`  scenario ${trace.scenario} done in ${(trace.finishedAt ?? Date.now()) - trace.startedAt} ms (${trace.exchanges.length} exchanges)`),
    });
    const reproduce = reproducerFor(result.traces);
    console.log(`\n${summaryTable(result.verdicts, { reproduce })}`);
    const health = targetHealth(result.traces);
    if (health) console.log(`\n${health}`);
    const written = writeReports(config.reportsDir, result, { reproduce });
    console.log(`\nfinished in ${(result.durationMs / 1000).toFixed(1)} s; reports: ${written.join(", ")}`);
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
