/**
 * The `browser` driver: a real Chromium (playwright-core), launched once per driver on first
 * use, a fresh context per verification. Chromium is looked up when the driver is created, so
 * a missing browser is a ConfigError before any scenario runs.
 */
import { type Browser, chromium } from "playwright-core";
import type { KitConfig } from "../config";
import type { VerificationDriver } from "../core/engine";
import { BrowserSession } from "./BrowserSession";
import { chromiumArgs, findChromium } from "./findChromium";
import { runVerification } from "./runVerification";
import { verifyWithin } from "./verifyWithin";

/** A Chromium shared by several drivers (the fault matrix runs many targets, one browser). */
export interface SharedBrowser {
  get(): Promise<Browser>;
  close(): Promise<void>;
}

export function sharedBrowser(executablePath: string): SharedBrowser {
  let browser: Promise<Browser> | undefined;
  return {
    get: async () => {
      const launch = () => chromium.launch({ executablePath, args: chromiumArgs, headless: true, timeout: 30_000 });
      browser ??= launch();
      const current = await browser;
      if (current.isConnected()) return current;
      // A browser that crashed (memory, a loaded machine) is replaced, not left failing every later verification.
      browser = launch();
      return browser;
    },
    close: async () => {
      const launched = browser;
      browser = undefined;
      if (launched) await (await launched.catch(() => undefined))?.close();
    },
  };
}

/** With `shared`, the driver borrows that browser and leaves closing it to its owner. */
export function browserDriver(config: KitConfig, shared?: SharedBrowser): VerificationDriver {
  const own = shared ? undefined : sharedBrowser(findChromium(config));
  const launch = () => (shared ?? own!).get();

  return {
    name: "browser",
    verify: (request) =>
      verifyWithin(config, request, "browser", async (record, signal) => {
        const context = await (await launch()).newContext();
        // The deadline closes the context, which ends whatever the page was waiting for.
        signal.addEventListener("abort", () => void context.close().catch(() => undefined), { once: true });
        const session = new BrowserSession(await context.newPage(), config, request);
        try {
          await runVerification({ config, request, session, signal }, record);
        } finally {
          record.screenshots = session.screenshots();
          await context.close().catch(() => undefined);
        }
      }),
    close: async () => {
      await own?.close();
    },
  };
}
