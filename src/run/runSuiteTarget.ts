/**
 * `MPP_BASE_URL=… npm test`: Jest's global setup runs the conformance once against the target
 * and saves the verdicts; each file in suites/ turns its rules into Jest tests. The run is
 * judged as the CLI judges it (runVerdict): the same waivers, gate and incompleteness, set by
 * environment variables since Jest takes no flags of ours:
 *   EASYPAY_FAIL_ON=must|should|none, EASYPAY_WAIVERS=file, EASYPAY_ALLOW_INCOMPLETE=true,
 *   EASYPAY_SCENARIOS=happy-path,one-click (a subset; the rest are not in the run).
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { ConfigError } from "../config/ConfigError";
import { loadWaivers } from "../config/loadWaivers";
import { scenarioNames } from "../core/scenarioNames";
import type { Waiver } from "../core/verdicts";
import { formatFinding } from "../report/failureMessage";
import { reproducerFor } from "../report/reproducer";
import { writeReports } from "../report/writeReports";
import { allScenarios } from "../scenarios";
import type { FailOn } from "./exitCode";
import { openSession } from "./openSession";
import { runConformance } from "./runConformance";
import { runVerdict } from "./runVerdict";
import { type SuiteRun, verdictsFile } from "./suiteRun";
import { utcDay } from "./waivers";

/** The run policy from the environment; a bad value is a ConfigError naming the variable. */
export function suitePolicy(env: NodeJS.ProcessEnv): {
  failOn: FailOn;
  allowIncomplete: boolean;
  waivers: Waiver[];
  subset?: string[];
} {
  const failOn = env.EASYPAY_FAIL_ON || "must";
  const problems = [];
  if (failOn !== "must" && failOn !== "should" && failOn !== "none")
    problems.push({ path: "EASYPAY_FAIL_ON", message: `must be must, should or none, got '${failOn}'` });
  const subset = env.EASYPAY_SCENARIOS
    ? env.EASYPAY_SCENARIOS.split(",")
        .map((s) => s.trim())
        .filter(Boolean)
    : undefined;
  for (const s of subset ?? [])
    if (!(scenarioNames as readonly string[]).includes(s))
      problems.push({ path: "EASYPAY_SCENARIOS", message: `unknown scenario '${s}'` });
  if (problems.length) throw new ConfigError(problems);
  return {
    failOn: failOn as FailOn,
    allowIncomplete: env.EASYPAY_ALLOW_INCOMPLETE === "true" || env.EASYPAY_ALLOW_INCOMPLETE === "1",
    waivers: env.EASYPAY_WAIVERS ? loadWaivers(env.EASYPAY_WAIVERS) : [],
    ...(subset ? { subset } : {}),
  };
}

export async function runSuiteTarget(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const policy = suitePolicy(env);
  const session = await openSession({ embedded: false, configFile: env.EASYPAY_CONFIG, env });
  try {
    const scenarios = policy.subset ? allScenarios.filter((s) => policy.subset!.includes(s.name)) : allScenarios;
    const result = await runConformance({
      config: session.config,
      simulator: session.simulator,
      verifier: session.verifier,
      scenarios,
    });
    const run = runVerdict(result, { ...policy, today: utcDay(new Date()) });
    const reproduce = reproducerFor(result.traces);
    const { config } = session;
    writeReports(
      config.reportsDir,
      { ...result, verdicts: run.verdicts },
      {
        reproduce,
        sharedEvidenceDir: config.verification.evidenceDir,
        meta: {
          targetUrl: config.target.baseUrl,
          embedded: false,
          profile: config.timing.profile,
          driver: session.verifier.name,
        },
      },
    );
    const suiteRun: SuiteRun = {
      verdicts: run.verdicts.map(({ findings, ...v }) => ({
        ...v,
        messages: findings.filter((f) => f.verdict === "fail").map((f) => formatFinding(f, { reproduce })),
      })),
      policy: {
        failOn: policy.failOn,
        allowIncomplete: policy.allowIncomplete,
        ...(policy.subset ? { subset: policy.subset } : {}),
      },
      unfinished: run.unfinished,
      expiredWaivers: run.expiredWaivers,
      staleWaivers: run.staleWaivers,
    };
    mkdirSync(session.config.reportsDir, { recursive: true });
    writeFileSync(verdictsFile(session.config.reportsDir), JSON.stringify(suiteRun));
    process.env.EASYPAY_SUITE_VERDICTS = verdictsFile(session.config.reportsDir);
  } finally {
    await session.close();
  }
}
