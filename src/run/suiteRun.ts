/**
 * What the conformance suites read (suites/ruleSuite.ts): the verdicts the global setup saved. Kept
 * apart from the run that writes them so each of the 13 suite files loads a JSON reader, not the
 * whole engine.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Waiver } from "../core/verdicts";
import type { FailOn } from "./exitCode";
import type { RunVerdict } from "./runVerdict";
import type { SuiteVerdictLike } from "./suiteTestOf";

/** A verdict as the suites read it: the failure messages already rendered. */
export type SuiteVerdict = SuiteVerdictLike;

/** What the suites read: the rule verdicts and what was wrong with the run as a whole. */
export interface SuiteRun {
  verdicts: SuiteVerdict[];
  policy: { failOn: FailOn; allowIncomplete: boolean; subset?: string[] };
  unfinished: RunVerdict["unfinished"];
  expiredWaivers: Waiver[];
  staleWaivers: Waiver[];
}

export const verdictsFile = (reportsDir: string) => join(reportsDir, "suite-verdicts.json");

export function readSuiteRun(): SuiteRun {
  const file = process.env.EASYPAY_SUITE_VERDICTS ?? verdictsFile(process.env.KIT_REPORTS_DIR ?? "reports");
  return JSON.parse(readFileSync(file, "utf8")) as SuiteRun;
}

/** The rule verdicts of the suite run (kept for callers of the first version). */
export function readSuiteVerdicts(): SuiteVerdict[] {
  return readSuiteRun().verdicts;
}
