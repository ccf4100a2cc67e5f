import { existsSync } from "node:fs";
import { testConfig } from "../config/testing/testConfig";
import { ConfigError } from "../config/ConfigError";
import { browserDriver } from "./browserDriver";
import { findChromium, systemChromiums } from "./findChromium";
import { describeDriverContract } from "./testing/driverContract";

const chromium = process.env.CHROMIUM_PATH ?? systemChromiums.find((p) => existsSync(p));

describeDriverContract("browser", browserDriver, {
  screenshots: true,
  skip: chromium ? undefined : `no Chromium found (looked at CHROMIUM_PATH, ${systemChromiums.join(", ")}); apt-get install chromium`,
});

describe("findChromium", () => {
  const { config } = testConfig();
  it("prefers the configured path and says how to fix a missing one", () => {
    expect(findChromium({ ...config, verification: { ...config.verification, chromiumPath: "/opt/c" } }, {}, (p) => p === "/opt/c")).toBe("/opt/c");
    expect(() => findChromium({ ...config, verification: { ...config.verification, chromiumPath: "/opt/none" } }, {}, () => false)).toThrow(
      /verification.chromiumPath: no Chromium at \/opt\/none; apt-get install chromium, or set CHROMIUM_PATH/,
    );
  });
  it("falls back to the system locations, and fails with one ConfigError when none exists", () => {
    expect(findChromium(config, {}, (p) => p === "/usr/bin/google-chrome")).toBe("/usr/bin/google-chrome");
    expect(() => findChromium(config, {}, () => false)).toThrow(ConfigError);
    expect(() => findChromium(config, {}, () => false)).toThrow(/apt-get install chromium/);
  });
});
