import { runSuiteTarget } from "../src/run/runSuiteTarget";

/** Runs the conformance once against MPP_BASE_URL before the suites read its verdicts. */
export default async function globalSetup(): Promise<void> {
  await runSuiteTarget();
}
