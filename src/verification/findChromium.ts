/**
 * The Chromium the browser driver launches: verification.chromiumPath (which CHROMIUM_PATH
 * fills), else the usual system locations. Missing is a configuration problem, said plainly.
 */
import { existsSync } from "node:fs";
import type { KitConfig } from "../config";
import { ConfigError } from "../config/ConfigError";

export const systemChromiums = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];

export function findChromium(config: KitConfig, env: NodeJS.ProcessEnv = process.env, exists = existsSync): string {
  const configured = config.verification.chromiumPath ?? env.CHROMIUM_PATH;
  if (configured) {
    if (exists(configured)) return configured;
    throw new ConfigError([
      {
        path: "verification.chromiumPath",
        message: `no Chromium at ${configured}; apt-get install chromium, or set CHROMIUM_PATH to a Chromium executable`,
      },
    ]);
  }
  const found = systemChromiums.find((path) => exists(path));
  if (found) return found;
  throw new ConfigError([
    {
      path: "verification.chromiumPath",
      message: `no Chromium found (looked at ${systemChromiums.join(", ")}); apt-get install chromium, or set CHROMIUM_PATH to a Chromium executable`,
    },
  ]);
}

/** Chromium's flags: headless, quiet, and unable to resolve any host but 127.0.0.1 (no phoning home). */
export const chromiumArgs = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1",
];
