/**
 * The kit's proof that it catches what it claims to: for each fault of the reference MPP's
 * catalogue, a whole conformance run against an MPP with just that fault, which must fail the
 * rule the fault names. Runs faults concurrently; everything else is shared per run.
 */
import type { RuleId } from "../../generated/rules";
import { type FaultEntry, faultCatalogue, type PageStyle } from "../../reference-mpp";
import { formatFinding } from "../report/failureMessage";
import { type SharedBrowser, sharedBrowser } from "../verification/browserDriver";
import { chromiumOnThisMachine } from "./embeddedTarget";
import { openSession } from "./openSession";
import { runConformance } from "./runConformance";

export interface MatrixRow {
  fault: FaultEntry["id"];
  /** The rule the fault breaks. */
  rule: RuleId;
  /** Every rule that failed in the run. */
  failedRules: RuleId[];
  caught: boolean;
  durationMs: number;
  /** When missed: the failures that did happen and the scenarios' notes, to see why. */
  diagnosis?: string;
}

export interface MatrixOptions {
  faults?: readonly FaultEntry[];
  concurrency?: number;
  env?: NodeJS.ProcessEnv;
  /** One Chromium for all runs. */
  browser?: SharedBrowser;
  /** The reference MPP's verification page style (default current). */
  pageStyle?: PageStyle;
}

/** Runs `work` over `items` with at most `limit` at a time, keeping the input order. */
export async function inPool<T, R>(items: readonly T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/**
 * How the kit's own proof runs the matrix (test/conformance/faultMatrix.*.test.ts, npm run bench):
 * 8 faults at a time (each run mostly waits on its MPP; more starve one process on 2 cores and its
 * timing rules read the machine, not the MPP); the form driver, since 72 browser
 * runs on one Chromium cost minutes on a 2-core machine and prove nothing more about the checks
 * (every page shape is proven with both drivers in src/verification/pageGallery.test.ts).
 */
export const matrixDefaults = { concurrency: 8, env: { VERIFICATION_DRIVER: "form" } } as const;

export async function runFaultMatrix(options: MatrixOptions = {}): Promise<MatrixRow[]> {
  const faults = options.faults ?? faultCatalogue;
  const chromium = options.browser ? undefined : chromiumOnThisMachine();
  const browser = options.browser ?? (chromium ? sharedBrowser(chromium) : undefined);
  try {
    return await inPool(faults, options.concurrency ?? 4, (entry) =>
      runOneFault(entry, browser, options.env ?? {}, options.pageStyle),
    );
  } finally {
    if (!options.browser) await browser?.close();
  }
}

async function runOneFault(
  entry: FaultEntry,
  browser: SharedBrowser | undefined,
  env: NodeJS.ProcessEnv,
  pageStyle?: PageStyle,
): Promise<MatrixRow> {
  const started = Date.now();
  const session = await openSession({
    embedded: true,
    faults: [entry.id],
    env,
    browser,
    ...(pageStyle ? { pageStyle } : {}),
  });
  try {
    const result = await runConformance({
      config: session.config,
      simulator: session.simulator,
      verifier: session.verifier,
    });
    const failed = result.verdicts.filter((v) => v.verdict === "fail");
    const failedRules = failed.map((v) => v.rule);
    const caught = failedRules.includes(entry.rule);
    const named = result.verdicts.find((v) => v.rule === entry.rule);
    const diagnosis = caught
      ? undefined
      : [
          `${entry.rule}: ${named?.verdict}${named?.reason ? ` (${named.reason})` : ""}`,
          ...failed.flatMap((v) => v.findings.map((f) => formatFinding(f))),
          ...result.traces.flatMap((t) => t.notes.map((n) => `${t.scenario}: ${n}`)),
        ].join("\n");
    return {
      fault: entry.id,
      rule: entry.rule,
      failedRules,
      caught,
      durationMs: Date.now() - started,
      ...(diagnosis ? { diagnosis } : {}),
    };
  } finally {
    await session.close();
  }
}

export function formatMatrix(rows: readonly MatrixRow[]): string {
  const width = Math.max(...rows.map((r) => r.fault.length));
  return rows
    .map(
      (r) =>
        `${r.caught ? "caught " : "MISSED "} ${r.fault.padEnd(width)}  → ${r.rule}${r.failedRules.length > 1 ? `  (also: ${r.failedRules.filter((x) => x !== r.rule).join(", ")})` : ""}  ${(r.durationMs / 1000).toFixed(1)} s${r.diagnosis ? `\n${r.diagnosis.replace(/^/gm, "        ")}` : ""}`,
    )
    .join("\n");
}
