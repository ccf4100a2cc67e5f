/**
 * What every page-driving verification driver must do, as one table of tests run against the
 * fixture MPP and a real simulator (which records where the user landed). Only for tests.
 */
import { existsSync } from "node:fs";
import type { KitConfig } from "../../config";
import { emptyTrace, testConfig } from "../../config/testing/testConfig";
import type { VerificationDriver, VerificationRequest } from "../../core/engine";
import { AlipaySimulator } from "../../simulator/AlipaySimulator";
import { type FixtureMpp, startFixtureMpp } from "./fixtureMpp";

export function describeDriverContract(
  label: string,
  makeDriver: (config: KitConfig) => VerificationDriver,
  options: { skip?: string; screenshots?: boolean } = {},
) {
  const describeOrSkip = options.skip ? describe.skip : describe;
  if (options.skip) console.warn(`${label} driver tests skipped: ${options.skip}`);

  describeOrSkip(`${label} driver`, () => {
    const base = testConfig().config;
    let fixture: FixtureMpp;
    let simulator: AlipaySimulator;
    let driver: VerificationDriver;
    let config: KitConfig;
    let n = 0;

    beforeAll(async () => {
      fixture = await startFixtureMpp();
      simulator = await AlipaySimulator.start(base);
      config = { ...base, verification: { ...base.verification, outboxUrl: fixture.outboxUrl, timeoutMs: 15_000 } };
      driver = makeDriver(config);
    });
    afterAll(async () => {
      await driver.close();
      await simulator.close();
      await fixture.close();
    });

    function request(
      intended: VerificationRequest["intended"],
      overrides: Partial<VerificationRequest> = {},
      options?: { smsDelayMs?: number },
    ): VerificationRequest {
      const paymentRequestId = `${Date.now()}${++n}`;
      const paymentId = `mpp-${paymentRequestId}`;
      const redirectBase = simulator.forTrace(emptyTrace()).redirectUrlFor(paymentRequestId);
      const paymentUrl = fixture.addPayment(paymentId, redirectBase, "123456", options);
      return {
        step: "verification",
        paymentRequestId,
        paymentId,
        paymentUrl,
        redirectBase,
        account: { userLoginId: "628", pin: "123456" },
        intended,
        ...overrides,
      };
    }

    it("success: the right PIN and code land on the redirect with status=success, recorded by the simulator", async () => {
      const req = request("success");
      const record = await driver.verify(req);
      expect(record).toMatchObject({
        driver: label,
        intended: "success",
        pageServed: true,
        paymentRequestId: req.paymentRequestId,
        expectedRedirectBase: req.redirectBase,
      });
      expect(record.error).toBeUndefined();
      expect(record.landedAt).toBe(`${req.redirectBase}&status=success`);
      expect(simulator.registry.redirectsOf(req.paymentRequestId)).toEqual([`${req.redirectBase}&status=success`]);
      expect(record.durationMs).toBeGreaterThan(0);
      if (options.screenshots) {
        expect(record.screenshots.length).toBeGreaterThanOrEqual(2);
        for (const file of record.screenshots) expect(existsSync(file)).toBe(true);
      } else expect(record.screenshots).toEqual([]);
    });

    it("fail: wrong PINs are resubmitted until the MPP sends the user back with status=fail", async () => {
      const record = await driver.verify(request("fail"));
      expect(record.error).toBeUndefined();
      expect(record.landedAt).toMatch(/&status=fail$/);
    });

    it("resend: a new code differs, the old one is refused, the new one completes", async () => {
      const record = await driver.verify(request("resend-then-success"));
      expect(record.error).toBeUndefined();
      expect(record.resend).toEqual({ requested: true, accepted: true, oldCodeRefused: true });
      expect(record.landedAt).toMatch(/&status=success$/);
    });

    it("an SMS outbox that lags behind the page: codes are awaited (bounded), not judged missing or unchanged", async () => {
      const record = await driver.verify(request("resend-then-success", {}, { smsDelayMs: 600 }));
      expect(record.error).toBeUndefined();
      expect(record.resend).toEqual({ requested: true, accepted: true, oldCodeRefused: true });
      expect(record.landedAt).toMatch(/&status=success$/);
    });

    it("a paymentUrl that serves no HTML page is recorded, not thrown", async () => {
      const record = await driver.verify(request("success", { paymentUrl: `${fixture.baseUrl}/json-page` }));
      expect(record.pageServed).toBe(false);
      expect(record.pageProblem).toMatch(/not text\/html/);
      expect(record.error).toBeDefined();
      expect(record.landedAt).toBeUndefined();
    });

    it("no SMS code anywhere is a clear error", async () => {
      const noOutbox = makeDriver({ ...config, verification: { ...config.verification, outboxUrl: undefined } });
      const record = await noOutbox.verify(request("success"));
      await noOutbox.close();
      expect(record.error).toMatch(/no SMS code/);
    });
  });
}
