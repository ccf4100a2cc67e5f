/**
 * For `npm run bench`: the Pact verification of every interaction in contracts/ against the
 * embedded reference MPP, next to the kit's own conformance run of the scenarios that make the
 * same exchanges (evaluation S and F, order with and without one-click, repeat, inquiry
 * unknown / in process / succeeded / failed, bad signature). Same driver for both.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { openSession } from "../run/openSession";
import { runConformance } from "../run/runConformance";
import { allScenarios } from "../scenarios";
import { contractsDir, defaultNames, pactFileName } from "./names";
import { verifyContracts } from "./verifyContracts";

/** The scenarios whose exchanges are the contract's interactions. */
export const sameInteractions = [
  "happy-path",
  "one-click",
  "evaluation-rejected",
  "idempotency",
  "verification-failed",
  "signatures",
] as const;

export interface ContractBench {
  pactMs: number;
  pactPassed: boolean;
  interactions: number;
  conformanceMs: number;
  scenarios: number;
  driver: string;
}

export async function benchContracts(): Promise<ContractBench> {
  const session = await openSession({ embedded: true, env: {} });
  try {
    const pactFile = join(contractsDir, pactFileName(defaultNames));
    const pact = await verifyContracts({ session, provider: defaultNames.provider, pactFiles: [pactFile] });
    const scenarios = allScenarios.filter((s) => (sameInteractions as readonly string[]).includes(s.name));
    const run = await runConformance({
      config: session.config,
      simulator: session.simulator,
      verifier: session.verifier,
      scenarios,
    });
    const { interactions } = JSON.parse(readFileSync(pactFile, "utf8")) as { interactions: unknown[] };
    return {
      pactMs: pact.durationMs,
      pactPassed: pact.passed,
      interactions: interactions.length,
      conformanceMs: run.durationMs,
      scenarios: scenarios.length,
      driver: session.verifier.name,
    };
  } finally {
    await session.close();
  }
}
