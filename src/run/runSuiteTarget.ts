/**
 * `MPP_BASE_URL=… npm test`: Jest's global setup runs the conformance once against the target
 * and saves the verdicts; each file in suites/ turns its rules into Jest tests.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { openSession } from "./openSession";
import { runConformance } from "./runConformance";
import type { RuleVerdict } from "./ruleVerdicts";
import { formatFinding } from "../report/failureMessage";
import { reproducerFor } from "../report/reproducer";
import { writeReports } from "../report/writeReports";

/** A verdict as the suites read it: the failure messages already rendered. */
export interface SuiteVerdict extends Omit<RuleVerdict, "findings"> {
  messages: string[];
}

const verdictsFile = (reportsDir: string) => join(reportsDir, "suite-verdicts.json");

export async function runSuiteTarget(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const session = await openSession({ embedded: false, configFile: env.EASYPAY_CONFIG, env });
  try {
    const result = await runConformance({ config: session.config, simulator: session.simulator, verifier: session.verifier });
    const reproduce = reproducerFor(result.traces);
    const { config } = session;
    writeReports(config.reportsDir, result, {
      reproduce,
      sharedEvidenceDir: config.verification.evidenceDir,
      meta: { targetUrl: config.target.baseUrl, embedded: false, profile: config.timing.profile, driver: session.verifier.name },
    });
    const verdicts: SuiteVerdict[] = result.verdicts.map(({ findings, ...v }) => ({
      ...v,
      messages: findings.filter((f) => f.verdict === "fail").map((f) => formatFinding(f, { reproduce })),
    }));
    mkdirSync(session.config.reportsDir, { recursive: true });
    writeFileSync(verdictsFile(session.config.reportsDir), JSON.stringify(verdicts));
    process.env.EASYPAY_SUITE_VERDICTS = verdictsFile(session.config.reportsDir);
  } finally {
    await session.close();
  }
}

export function readSuiteVerdicts(): SuiteVerdict[] {
  const file = process.env.EASYPAY_SUITE_VERDICTS ?? verdictsFile(process.env.KIT_REPORTS_DIR ?? "reports");
  return JSON.parse(readFileSync(file, "utf8")) as SuiteVerdict[];
}
