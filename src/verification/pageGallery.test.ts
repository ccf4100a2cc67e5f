/**
 * Every driver × every gallery page (testing/galleryPages.ts) against a real fixture MPP and a
 * real simulator: the exact outcome each must reach (testing/galleryExpectations.ts), and the
 * verdict verify.redirect-status gives it. The README's table is checked against the same data.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { verdictOf } from "../checks/testing/verdictOf";
import { verifyRedirectStatus } from "../checks/verify/redirectStatus";
import type { KitConfig } from "../config";
import { emptyTrace, testConfig } from "../config/testing/testConfig";
import type { VerificationDriver, VerificationRequest } from "../core/engine";
import type { VerificationRecord } from "../core/trace";
import { chromiumOnThisMachine } from "../run/embeddedTarget";
import { AlipaySimulator } from "../simulator/AlipaySimulator";
import { browserDriver } from "./browserDriver";
import { formDriver } from "./formDriver";
import { httpDriver } from "./httpDriver";
import { type FixtureMpp, startFixtureMpp } from "./testing/fixtureMpp";
import {
  type Expected,
  type GalleryDriver,
  galleryCases,
  galleryTable,
  redirectVerdict,
} from "./testing/galleryExpectations";
import { pageVariants } from "./testing/galleryPages";

jest.setTimeout(180_000);

const chromium = chromiumOnThisMachine();
const drivers: GalleryDriver[] = chromium ? ["form", "browser", "http"] : ["form", "http"];
if (!chromium) console.warn("page gallery: no Chromium on this machine, the browser column is not run");

let fixture: FixtureMpp;
let simulator: AlipaySimulator;
const made: VerificationDriver[] = [];
const records = new Map<string, VerificationRecord>();
const key = (driver: GalleryDriver, index: number) => `${driver}#${index}`;

/** Runs `work` over `items`, at most `limit` at a time: bounded, for a shared machine. */
async function inPool<T>(items: readonly T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: limit }, async () => {
      while (next < items.length) await work(items[next++]!);
    }),
  );
}

beforeAll(async () => {
  const base = testConfig().config;
  fixture = await startFixtureMpp();
  simulator = await AlipaySimulator.start(base);
  const config: KitConfig = {
    ...base,
    verification: {
      ...base.verification,
      outboxUrl: fixture.outboxUrl,
      hookUrl: fixture.hookUrl,
      timeoutMs: 40_000,
      ...(chromium ? { chromiumPath: chromium } : {}),
    },
  };
  const byName: Record<GalleryDriver, () => VerificationDriver> = {
    form: () => formDriver(config),
    browser: () => browserDriver(config),
    http: () => httpDriver(config),
  };
  const instances = Object.fromEntries(
    drivers.map((d) => {
      const driver = byName[d]();
      made.push(driver);
      return [d, driver];
    }),
  ) as Record<GalleryDriver, VerificationDriver>;
  const jobs = drivers.flatMap((driver) => galleryCases.map((c, index) => ({ driver, c, index })));
  let n = 0;
  await inPool(jobs, 4, async ({ driver, c, index }) => {
    const paymentRequestId = `${Date.now()}${++n}`;
    const redirectBase = simulator.forTrace(emptyTrace()).redirectUrlFor(paymentRequestId);
    const paymentUrl = fixture.addPayment(`mpp-${paymentRequestId}`, redirectBase, "123456", { variant: c.variant });
    const request: VerificationRequest = {
      step: "verification",
      paymentRequestId,
      paymentId: `mpp-${paymentRequestId}`,
      paymentUrl,
      redirectBase,
      account: { userLoginId: "628", pin: "123456" },
      intended: c.intended,
    };
    records.set(key(driver, index), await instances[driver].verify(request));
  });
});

afterAll(async () => {
  for (const driver of made) await driver.close();
  await simulator?.close();
  await fixture?.close();
});

function expectOutcome(
  record: VerificationRecord,
  expected: Expected,
  intended: VerificationRequest["intended"],
): void {
  const { screenshots: _s, durationMs: _d, ...seen } = record;
  const shown = JSON.stringify(seen, null, 1);
  if (expected.outcome === "completed") {
    expect({
      error: record.error,
      deadEnd: record.deadEnd,
      status: record.landedAt?.match(/&status=(\w+)$/)?.[1],
      shown,
    }).toEqual({ error: undefined, deadEnd: undefined, status: expected.status, shown });
    if (intended === "resend-then-success" && record.driver !== "http")
      expect(record.resend).toEqual({ requested: true, accepted: true, oldCodeRefused: true });
  } else if (expected.outcome === "dead end") {
    expect({ landedAt: record.landedAt, deadEnd: record.deadEnd, shown }).toEqual({
      landedAt: undefined,
      deadEnd: expect.stringMatching(/no way on/),
      shown,
    });
  } else {
    const reason = record.driver === "http" ? record.resend?.problem : record.error;
    expect({ deadEnd: record.deadEnd, reason, shown }).toEqual({
      deadEnd: undefined,
      reason: expect.stringMatching(expected.reason),
      shown,
    });
  }
}

describe.each(drivers)("%s driver on the page gallery", (driver) => {
  test.each(galleryCases.map((c, index) => ({ ...c, index })))(
    "$variant, $intended",
    ({ index, variant, intended, expect: expected }) => {
      const record = records.get(key(driver, index));
      if (!record) throw new Error(`no record for ${driver} on ${variant}`);
      expectOutcome(record, expected[driver], intended);
      const trace = { ...emptyTrace("happy-path"), verifications: [record] };
      // A driver limit on the redirect is a skip; the hook's resend limit leaves the redirect judged.
      const verdict =
        expected[driver].outcome === "driver limit" && driver === "http" ? "pass" : redirectVerdict(expected[driver]);
      expect(verdictOf(verifyRedirectStatus, trace)).toBe(verdict);
    },
  );
});

test("the gallery has at least 10 variants, each played", () => {
  expect(pageVariants.length).toBeGreaterThanOrEqual(10);
  expect(new Set(galleryCases.map((c) => c.variant))).toEqual(new Set(pageVariants));
});

test("the README's driver × variant table is the one these expectations render", () => {
  const readme = readFileSync(join(__dirname, "../../README.md"), "utf8");
  expect(readme).toContain(galleryTable());
});
