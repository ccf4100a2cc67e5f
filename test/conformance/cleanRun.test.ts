/**
 * The clean reference MPP, run with the browser driver as a user runs it by default, passes every
 * testable rule: no false alarm, nothing left unjudged. Its faults are faultMatrix.first/second.test.ts.
 */
import { summaryTable } from "../../src/report/summaryTable";
import { openSession } from "../../src/run/openSession";
import { type RunResult, runConformance } from "../../src/run/runConformance";

jest.setTimeout(300_000);

describe("the clean reference MPP", () => {
  let result: RunResult;
  beforeAll(async () => {
    const session = await openSession({ embedded: true, env: {} });
    try {
      result = await runConformance({
        config: session.config,
        simulator: session.simulator,
        verifier: session.verifier,
      });
    } finally {
      await session.close();
    }
  });

  test("fails no rule", () => {
    const failed = result.verdicts.filter((v) => v.verdict === "fail");
    if (failed.length) throw new Error(`false alarms on the reference MPP:\n${summaryTable(failed)}`);
  });

  test("passes every testable rule (none skipped: it declares every feature)", () => {
    const notPassed = result.verdicts.filter((v) => v.verdict !== "pass" && v.verdict !== "not-testable");
    expect(notPassed.map((v) => `${v.rule}: ${v.verdict} (${v.reason ?? ""})`)).toEqual([]);
  });
});
