import type { KitConfig } from "../config";
import { ConfigError } from "../config/ConfigError";
import { emptyTrace, testConfig } from "../config/testing/testConfig";
import type { SimulatorControl, VerificationRequest } from "../core/engine";
import { AlipaySimulator } from "../simulator/AlipaySimulator";
import { createVerificationDriver } from "./createVerificationDriver";
import { type FixtureMpp, startFixtureMpp } from "./testing/fixtureMpp";

let fixture: FixtureMpp;
let simulator: AlipaySimulator;
let control: SimulatorControl;
let config: KitConfig;
let n = 0;

beforeAll(async () => {
  fixture = await startFixtureMpp();
  const base = testConfig().config;
  simulator = await AlipaySimulator.start(base);
  control = simulator.forTrace(emptyTrace());
  config = { ...base, verification: { ...base.verification, hookUrl: fixture.hookUrl, timeoutMs: 3000 } };
});
afterAll(async () => {
  await simulator.close();
  await fixture.close();
});

function request(intended: VerificationRequest["intended"]): VerificationRequest {
  const paymentRequestId = `${Date.now()}${++n}`;
  const redirectBase = control.redirectUrlFor(paymentRequestId);
  const paymentUrl = fixture.addPayment(`mpp-${paymentRequestId}`, redirectBase, "123456");
  return {
    step: "verification",
    paymentRequestId,
    paymentId: `mpp-${paymentRequestId}`,
    paymentUrl,
    redirectBase,
    account: { userLoginId: "628", pin: "123456" },
    intended,
  };
}

describe("http driver", () => {
  it.each([["success"], ["fail"]] as const)("asks the hook for %s and lands where it says", async (outcome) => {
    const driver = createVerificationDriver({
      config: { ...config, verification: { ...config.verification, driver: "http" } },
      simulator: control,
    });
    const req = request(outcome);
    const record = await driver.verify(req);
    expect(record).toMatchObject({
      driver: "http",
      pageServed: true,
      landedAt: `${req.redirectBase}&status=${outcome}`,
    });
    expect(record.error).toBeUndefined();
    expect(simulator.registry.redirectsOf(req.paymentRequestId)).toEqual([`${req.redirectBase}&status=${outcome}`]);
  });

  it("says it cannot exercise a resend", async () => {
    const driver = createVerificationDriver({
      config: { ...config, verification: { ...config.verification, driver: "http" } },
      simulator: control,
    });
    const record = await driver.verify(request("resend-then-success"));
    expect(record.resend).toMatchObject({
      requested: false,
      problem: expect.stringMatching(/cannot ask for a new SMS code/),
    });
  });

  it("is a ConfigError without a hook URL", () => {
    const without = {
      ...config,
      verification: { ...config.verification, driver: "http" as const, hookUrl: undefined },
    };
    expect(() => createVerificationDriver({ config: without, simulator: control })).toThrow(ConfigError);
  });
});

describe("manual driver", () => {
  it("prints the URL and waits for the person to land on the result page", async () => {
    const req = request("success");
    const lines: string[] = [];
    const person = (line: string) => {
      lines.push(line);
      void fetch(`${req.redirectBase}&status=success`); // the person finishes, the MPP redirects them
    };
    const driver = createVerificationDriver({
      config: { ...config, verification: { ...config.verification, driver: "manual" } },
      simulator: control,
      log: person,
    });
    const record = await driver.verify(req);
    expect(lines[0]).toContain(req.paymentUrl);
    expect(record).toMatchObject({
      driver: "manual",
      pageServed: true,
      landedAt: `${req.redirectBase}&status=success`,
    });
  });

  it("gives up at verification.timeoutMs with a clear error", async () => {
    // The waits run on a fake clock (the page check on real sockets): the bound is proven to the millisecond.
    jest.useFakeTimers({ doNotFake: ["nextTick", "setImmediate", "queueMicrotask"] });
    try {
      const quick = { ...config, verification: { ...config.verification, driver: "manual" as const, timeoutMs: 300 } };
      let told!: () => void;
      const personTold = new Promise<void>((resolve) => (told = resolve));
      const driver = createVerificationDriver({ config: quick, simulator: control, log: () => told() });
      let settled = false;
      const verifying = driver.verify(request("success")).finally(() => (settled = true));
      // Once the person is told, the driver waits for the redirect, a little under the 300 ms deadline.
      await personTold;
      await jest.advanceTimersByTimeAsync(300 - 100 - 1);
      expect(settled).toBe(false);
      await jest.advanceTimersByTimeAsync(1);
      expect(settled).toBe(true);
      const record = await verifying;
      expect(record.error).toMatch(/nobody reached the Alipay\+ result page within 300 ms/);
    } finally {
      jest.useRealTimers();
    }
  }, 10_000);
});
