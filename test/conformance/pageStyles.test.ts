/**
 * The kit's verdicts do not depend on the verification page's shape: under every page style of
 * the reference MPP (--page-style), the clean MPP passes every testable rule with nothing
 * skipped, and a sample of faults (verification, inquiry, notify) is still caught. The default
 * style ("current") is covered in full by the fault matrix (faultMatrix.*.test.ts). Runs concurrently, bounded.
 * The runs use the form driver (PAGE_STYLES_DRIVER=browser for the browser): 21 browser runs
 * at once overload a small shared machine into timeouts, and the browser's reading of every
 * shape is proven by src/verification/pageGallery.test.ts.
 */
import { type FaultEntry, faultCatalogue, type PageStyle, pageStyles } from "../../reference-mpp";
import { chromiumOnThisMachine } from "../../src/run/embeddedTarget";
import { formatMatrix, inPool, type MatrixRow, runFaultMatrix } from "../../src/run/faultMatrix";
import { openSession } from "../../src/run/openSession";
import { runConformance } from "../../src/run/runConformance";
import { sharedBrowser } from "../../src/verification/browserDriver";

jest.setTimeout(900_000);

const styles = pageStyles.filter((s) => s !== "current");
const sample = [
  "redirect-without-status",
  "redirect-always-success",
  "no-sms-resend",
  "resend-keeps-old-code",
  "inquiry-stuck-in-process",
  "notify-not-sent",
];
const sampled: FaultEntry[] = sample.map((id) => faultCatalogue.find((f) => f.id === id)!);

type Job = { style: PageStyle; fault?: FaultEntry };
const notPassed = new Map<PageStyle, string[]>();
const rows = new Map<string, MatrixRow>();

beforeAll(async () => {
  const driver = process.env.PAGE_STYLES_DRIVER === "browser" ? "browser" : "form";
  const env = { VERIFICATION_DRIVER: driver };
  const chromium = driver === "browser" ? chromiumOnThisMachine() : undefined;
  const browser = chromium ? sharedBrowser(chromium) : undefined;
  const jobs: Job[] = styles.flatMap((style) => [{ style }, ...sampled.map((fault) => ({ style, fault }))]);
  try {
    await inPool(jobs, 3, async ({ style, fault }) => {
      if (fault) {
        const [row] = await runFaultMatrix({
          faults: [fault],
          pageStyle: style,
          concurrency: 1,
          env,
          ...(browser ? { browser } : {}),
        });
        rows.set(`${style}/${fault.id}`, row!);
        return;
      }
      const session = await openSession({ embedded: true, env, pageStyle: style, ...(browser ? { browser } : {}) });
      try {
        const result = await runConformance({
          config: session.config,
          simulator: session.simulator,
          verifier: session.verifier,
        });
        notPassed.set(
          style,
          result.verdicts
            .filter((v) => v.verdict !== "pass" && v.verdict !== "not-testable")
            .map((v) => `${v.rule}: ${v.verdict} (${v.reason ?? ""})`),
        );
      } finally {
        await session.close();
      }
    });
  } finally {
    await browser?.close();
  }
  console.log(
    `page styles × sampled faults:\n${[...rows].map(([k, r]) => `${k.split("/")[0]}: ${formatMatrix([r])}`).join("\n")}`,
  );
});

test("the fault sample covers verification, inquiry and notify", () => {
  expect(new Set(sampled.map((f) => f.rule.split(".")[0]))).toEqual(new Set(["verify", "inquiry", "notify"]));
});

describe.each(styles)("page style %s", (style) => {
  test("the clean reference MPP passes every testable rule, nothing skipped", () => {
    expect(notPassed.get(style)).toEqual([]);
  });

  test.each(sample)("fault %s is caught", (fault) => {
    const row = rows.get(`${style}/${fault}`);
    if (!row?.caught)
      throw new Error(
        `fault ${fault} was not caught by ${row?.rule} under --page-style ${style}:\n${row?.diagnosis ?? "no run"}`,
      );
  });
});
