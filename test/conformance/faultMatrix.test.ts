/**
 * The kit earns trust by catching what it claims to: the clean reference MPP passes every
 * rule, and each fault of its catalogue makes the rule it names fail.
 */
import { faultCatalogue } from "../../reference-mpp";
import { summaryTable } from "../../src/report/summaryTable";
import { formatMatrix, type MatrixRow, matrixDefaults, runFaultMatrix } from "../../src/run/faultMatrix";
import { openSession } from "../../src/run/openSession";
import { type RunResult, runConformance } from "../../src/run/runConformance";

jest.setTimeout(600_000);

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

describe("the fault matrix", () => {
  let rows: MatrixRow[];
  beforeAll(async () => {
    // The clean run above uses the browser; the faults run as matrixDefaults says (form driver).
    rows = await runFaultMatrix(matrixDefaults);
    console.log(`fault matrix (${rows.length} faults):\n${formatMatrix(rows)}`);
  });

  test.each(faultCatalogue.map((f) => [f.id, f.rule] as const))("fault %s is caught by rule %s", (fault, rule) => {
    const row = rows.find((r) => r.fault === fault);
    if (!row?.failedRules.includes(rule))
      throw new Error(`fault ${fault} was not caught by ${rule}:\n${row?.diagnosis ?? "no run"}`);
  });
});
