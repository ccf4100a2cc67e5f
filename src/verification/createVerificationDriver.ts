/**
 * The verification driver the config asks for. Throws ConfigError only for what makes a driver
 * unusable (no Chromium, no hook URL); verify() itself never throws.
 */
import type { KitConfig } from "../config";
import { ConfigError } from "../config/ConfigError";
import type { SimulatorControl, VerificationDriver } from "../core/engine";
import { browserDriver, type SharedBrowser } from "./browserDriver";
import { formDriver } from "./formDriver";
import { httpDriver } from "./httpDriver";
import { manualDriver } from "./manualDriver";

export interface DriverDeps {
  config: KitConfig;
  /** The manual driver waits on the simulator for the user's landing. */
  simulator: Pick<SimulatorControl, "waitForRedirect">;
  log?: (line: string) => void;
  /** The browser driver borrows this Chromium instead of launching its own. */
  browser?: SharedBrowser;
}

export function createVerificationDriver({ config, simulator, log, browser }: DriverDeps): VerificationDriver {
  switch (config.verification.driver) {
    case "browser":
      return browserDriver(config, browser);
    case "form":
      return formDriver(config);
    case "http":
      if (!config.verification.hookUrl)
        throw new ConfigError([{ path: "verification.hookUrl", message: "is required by the http driver" }]);
      return httpDriver(config);
    case "manual":
      return manualDriver(config, simulator, log);
  }
}
