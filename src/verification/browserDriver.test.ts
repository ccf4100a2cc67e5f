import { existsSync } from "node:fs";
import { ConfigError } from "../config/ConfigError";
import { emptyTrace, testConfig } from "../config/testing/testConfig";
import { AlipaySimulator } from "../simulator/AlipaySimulator";
import { browserDriver } from "./browserDriver";
import { findChromium, systemChromiums } from "./findChromium";
import { describeDriverContract } from "./testing/driverContract";
import { startFixtureMpp } from "./testing/fixtureMpp";

const chromium = process.env.CHROMIUM_PATH ?? systemChromiums.find((p) => existsSync(p));

describeDriverContract("browser", browserDriver, {
  screenshots: true,
  skip: chromium
    ? undefined
    : `no Chromium found (looked at CHROMIUM_PATH, ${systemChromiums.join(", ")}); apt-get install chromium`,
});

describe("findChromium", () => {
  const { config } = testConfig();
  it("prefers the configured path and says how to fix a missing one", () => {
    expect(
      findChromium(
        { ...config, verification: { ...config.verification, chromiumPath: "/opt/c" } },
        {},
        (p) => p === "/opt/c",
      ),
    ).toBe("/opt/c");
    expect(() =>
      findChromium({ ...config, verification: { ...config.verification, chromiumPath: "/opt/none" } }, {}, () => false),
    ).toThrow(/verification.chromiumPath: no Chromium at \/opt\/none; apt-get install chromium, or set CHROMIUM_PATH/);
  });
  it("falls back to the system locations, and fails with one ConfigError when none exists", () => {
    expect(findChromium(config, {}, (p) => p === "/usr/bin/google-chrome")).toBe("/usr/bin/google-chrome");
    expect(() => findChromium(config, {}, () => false)).toThrow(ConfigError);
    expect(() => findChromium(config, {}, () => false)).toThrow(/apt-get install chromium/);
  });
});

(chromium ? describe : describe.skip)("browser driver and script redirects", () => {
  it("waits (bounded) for a processing page that redirects by script", async () => {
    const { config: base } = testConfig();
    const fixture = await startFixtureMpp();
    const simulator = await AlipaySimulator.start(base);
    // The bound includes launching Chromium, which a loaded machine makes slow.
    const driver = browserDriver({
      ...base,
      verification: { ...base.verification, outboxUrl: fixture.outboxUrl, timeoutMs: 30_000 },
    });
    try {
      const id = `${Date.now()}`;
      const redirectBase = simulator.forTrace(emptyTrace()).redirectUrlFor(id);
      const paymentUrl = fixture.addPayment(`mpp-${id}`, redirectBase, "123456", { scriptRedirect: true });
      const record = await driver.verify({
        step: "verification",
        paymentRequestId: id,
        paymentId: `mpp-${id}`,
        paymentUrl,
        redirectBase,
        account: { userLoginId: "628", pin: "123456" },
        intended: "success",
      });
      expect(record.error).toBeUndefined();
      expect(record.landedAt).toBe(`${redirectBase}&status=success`);
    } finally {
      await driver.close();
      await simulator.close();
      await fixture.close();
    }
  });
});

(chromium ? describe : describe.skip)(
  "browser driver with configured steps (README: the config for each page shape)",
  () => {
    const { config: base } = testConfig();
    const verifyStep = (selector: string) => ({ action: "click" as const, selector });
    const fill = (name: string, value: string) => ({
      action: "fill" as const,
      selector: `[name="${name}"]`,
      value,
      optional: true,
    });
    it.each([
      {
        variant: "send-code-first" as const,
        steps: {
          sendCodeSteps: [verifyStep('button[value="send"]')],
          steps: [fill("pin", "{pin}"), fill("smsCode", "{smsCode}"), verifyStep('button[value="verify"]')],
          resendSteps: [verifyStep('button[value="send"]')],
        },
      },
      {
        variant: "pin-then-code" as const,
        steps: {
          steps: [
            fill("pin", "{pin}"),
            fill("smsCode", "{smsCode}"),
            verifyStep('button[value="pin"], button[value="verify"]'),
          ],
          resendSteps: [verifyStep('button[value="resend"]')],
        },
      },
      {
        variant: "resend-link" as const,
        steps: {
          steps: [fill("pin", "{pin}"), fill("smsCode", "{smsCode}"), verifyStep("form button")],
          resendSteps: [verifyStep('a[href*="/resend/"]')],
        },
      },
    ])("$variant: resend, old code refused, new code completes", async ({ variant, steps }) => {
      const fixture = await startFixtureMpp();
      const simulator = await AlipaySimulator.start(base);
      const driver = browserDriver({
        ...base,
        verification: { ...base.verification, outboxUrl: fixture.outboxUrl, timeoutMs: 40_000, ...steps },
      });
      try {
        const id = `${Date.now()}`;
        const redirectBase = simulator.forTrace(emptyTrace()).redirectUrlFor(id);
        const paymentUrl = fixture.addPayment(`mpp-${id}`, redirectBase, "123456", { variant });
        const record = await driver.verify({
          step: "verification",
          paymentRequestId: id,
          paymentId: `mpp-${id}`,
          paymentUrl,
          redirectBase,
          account: { userLoginId: "628", pin: "123456" },
          intended: "resend-then-success",
        });
        expect(record.error).toBeUndefined();
        expect(record.resend).toEqual({ requested: true, accepted: true, oldCodeRefused: true });
        expect(record.landedAt).toBe(`${redirectBase}&status=success`);
      } finally {
        await driver.close();
        await simulator.close();
        await fixture.close();
      }
    });
  },
);
