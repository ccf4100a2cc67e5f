/**
 * The kit earns trust by catching what it claims to: each fault of the reference MPP's catalogue
 * makes the rule it names fail (the clean MPP passing every rule is cleanRun.test.ts, a file of its
 * own so the two run side by side).
 */
import { faultCatalogue } from "../../reference-mpp";
import { formatMatrix, type MatrixRow, matrixDefaults, runFaultMatrix } from "../../src/run/faultMatrix";

jest.setTimeout(600_000);

describe("the fault matrix", () => {
  let rows: MatrixRow[];
  beforeAll(async () => {
    // The faults run as matrixDefaults says (form driver); the clean run uses the browser.
    rows = await runFaultMatrix(matrixDefaults);
    console.log(`fault matrix (${rows.length} faults):\n${formatMatrix(rows)}`);
  });

  test.each(faultCatalogue.map((f) => [f.id, f.rule] as const))("fault %s is caught by rule %s", (fault, rule) => {
    const row = rows.find((r) => r.fault === fault);
    if (!row?.failedRules.includes(rule))
      throw new Error(`fault ${fault} was not caught by ${rule}:\n${row?.diagnosis ?? "no run"}`);
  });
});
