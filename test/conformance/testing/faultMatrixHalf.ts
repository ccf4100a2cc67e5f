/**
 * The fault matrix in two halves, one per test file (faultMatrix.first.test.ts and
 * faultMatrix.second.test.ts), so Jest runs them on two workers side by side: the matrix is the
 * longest part of npm test, and one process running all of it waits on its own event loop.
 * Together the halves run every fault of the catalogue, each as a whole conformance run.
 */
import { faultCatalogue } from "../../../reference-mpp";
import { formatMatrix, type MatrixRow, matrixDefaults, runFaultMatrix } from "../../../src/run/faultMatrix";

export const halves = ["first", "second"] as const;

/**
 * The faults whose runs wait out the kit's timeouts (8 s pay, 5 s inquiry, the whole polling
 * schedule): measured at 20–50 s where most take 6–13 s. They start first, split between the
 * halves, so neither half ends waiting on one of them alone.
 */
const slowFaults = ["slow-pay", "slow-inquiry", "inquiry-response-invalid", "inquiry-stuck-in-process"];

/** Every other fault, the slow ones first and spread over both halves. */
export function faultsOfHalf(half: (typeof halves)[number]) {
  const isSlow = (id: string) => slowFaults.includes(id);
  const ordered = [...faultCatalogue.filter((f) => isSlow(f.id)), ...faultCatalogue.filter((f) => !isSlow(f.id))];
  return ordered.filter((_, index) => index % 2 === halves.indexOf(half));
}

export function describeFaultMatrixHalf(half: (typeof halves)[number]): void {
  const faults = faultsOfHalf(half);
  describe(`the fault matrix, ${half} half`, () => {
    let rows: MatrixRow[];
    beforeAll(async () => {
      // The faults run as matrixDefaults says (form driver), half as many at a time per half.
      rows = await runFaultMatrix({ ...matrixDefaults, faults, concurrency: matrixDefaults.concurrency / 2 });
      console.log(`fault matrix, ${half} half (${rows.length} faults):\n${formatMatrix(rows)}`);
    }, 600_000);

    test.each(faults.map((f) => [f.id, f.rule] as const))("fault %s is caught by rule %s", (fault, rule) => {
      const row = rows.find((r) => r.fault === fault);
      if (!row?.failedRules.includes(rule))
        throw new Error(`fault ${fault} was not caught by ${rule}:\n${row?.diagnosis ?? "no run"}`);
    });
  });
}
