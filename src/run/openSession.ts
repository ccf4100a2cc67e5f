/**
 * Everything a run needs, opened together and closed together: the configuration, the
 * simulator, the verification driver and, by default, the embedded reference MPP.
 */
import type { KitConfig } from "../config";
import { ConfigError } from "../config/ConfigError";
import type { ConfigOverrides } from "../config/ConfigFile";
import { loadConfig } from "../config/loadConfig";
import type { VerificationDriver } from "../core/engine";
import { AlipaySimulator } from "../simulator/AlipaySimulator";
import type { SharedBrowser } from "../verification/browserDriver";
import { createVerificationDriver } from "../verification/createVerificationDriver";
import {
  embeddedBase,
  embeddedKeys,
  type FaultId,
  isPageStyle,
  type PageStyle,
  pageStyles,
  startEmbeddedMpp,
  withTargetUrl,
} from "./embeddedTarget";

export interface SessionOptions {
  configFile?: string;
  flags?: ConfigOverrides;
  env?: NodeJS.ProcessEnv;
  /** Run against the embedded reference MPP (when no target is given). */
  embedded: boolean;
  /** Embedded only: faults to switch on in the reference MPP. */
  faults?: readonly FaultId[];
  /** Embedded only: the reference MPP's verification page style (default: env REFERENCE_MPP_PAGE_STYLE, else current). */
  pageStyle?: PageStyle;
  /**
   * A target given without a config file: borrow the embedded setup's identity, accounts and
   * throwaway kit keys so a first look needs no file (signature rules will say if the MPP
   * does not trust them). Features are left undeclared.
   */
  sampleIdentity?: boolean;
  /** Reuse one Chromium across sessions, e.g. the fault matrix. */
  browser?: SharedBrowser;
}

export interface Session {
  config: KitConfig;
  simulator: AlipaySimulator;
  verifier: VerificationDriver;
  close(): Promise<void>;
}

export async function openSession(options: SessionOptions): Promise<Session> {
  const env = options.env ?? process.env;
  const keys = options.embedded || options.sampleIdentity ? embeddedKeys() : undefined;
  const sample = keys && !options.embedded ? { ...embeddedBase(keys), features: [] } : undefined;
  let config = loadConfig({
    file: options.configFile,
    base: options.embedded && keys ? embeddedBase(keys) : sample,
    // The embedded target is not reached through MPP_BASE_URL; ignore it there.
    env: options.embedded ? { ...env, MPP_BASE_URL: undefined } : env,
    flags: options.flags,
  });
  const closers: Array<() => Promise<void>> = [];
  const close = async () => {
    for (const closeOne of closers.reverse()) await closeOne().catch(() => undefined);
  };
  try {
    const simulator = await AlipaySimulator.start(config);
    closers.push(() => simulator.close());
    if (keys && options.embedded) {
      const mpp = await startEmbeddedMpp(
        config,
        keys,
        simulator.baseUrl,
        options.faults,
        embeddedPageStyle(options.pageStyle, env),
      );
      closers.push(() => mpp.close());
      config = withTargetUrl(config, mpp.baseUrl);
    }
    const waitForRedirect = (id: string, timeoutMs: number) => simulator.registry.waitForRedirect(id, timeoutMs);
    const verifier = createVerificationDriver({
      config,
      simulator: { waitForRedirect },
      log: console.log,
      browser: options.browser,
    });
    closers.push(() => verifier.close());
    return { config, simulator, verifier, close };
  } catch (error) {
    await close();
    throw error;
  }
}

/** The page style asked for, by option or REFERENCE_MPP_PAGE_STYLE; an unknown one is a ConfigError. */
function embeddedPageStyle(option: PageStyle | undefined, env: NodeJS.ProcessEnv): PageStyle | undefined {
  const style = option ?? (env.REFERENCE_MPP_PAGE_STYLE || undefined);
  if (style === undefined || isPageStyle(style)) return style;
  throw new ConfigError([
    {
      path: "REFERENCE_MPP_PAGE_STYLE",
      message: `must be one of ${pageStyles.join(", ")}, not ${JSON.stringify(style)}`,
    },
  ]);
}
