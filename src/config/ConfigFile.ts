/**
 * The shape of a configuration file (config/schema.json describes it for people and editors).
 * It differs from KitConfig where a file should: keys are PEM paths, timing is a profile plus
 * optional overrides, and almost everything has a default.
 */

import type { Feature } from "../../generated/rules";
import type { AccountConfig, BrowserStep, KitConfig, RejectedAccountConfig } from "../config";

export interface ConfigFile {
  target?: Partial<Omit<KitConfig["target"], "mppPublicKeyPem" | "paths">> & {
    paths?: Partial<KitConfig["target"]["paths"]>;
  };
  /** Paths to PEM files, or inline PEM text. */
  keys?: { mppPublicKey?: string; kitPrivateKey?: string; kitPublicKey?: string };
  accounts?: { payable?: AccountConfig; rejected?: RejectedAccountConfig[] };
  order?: Partial<KitConfig["order"]>;
  verification?: Partial<Omit<KitConfig["verification"], "steps">> & { steps?: BrowserStep[] };
  simulator?: Partial<KitConfig["simulator"]>;
  features?: Feature[];
  timing?: Partial<KitConfig["timing"]>;
  reportsDir?: string;
}

/** Overrides from the command line, by flag name (the CLI maps its flags onto these). */
export interface ConfigOverrides {
  baseUrl?: string;
  clientId?: string;
  /** Path of the MPP's public key PEM. */
  mppPublicKey?: string;
  /** Path of the kit's private key PEM. */
  kitPrivateKey?: string;
  simulatorPublicUrl?: string;
  chromiumPath?: string;
  driver?: string;
  profile?: string;
  reportsDir?: string;
  features?: string[];
}

/** Where each override lands in the file's shape; env variables and flags share the table. */
export const overrideTargets: Record<keyof ConfigOverrides, { path: string; env?: string }> = {
  baseUrl: { path: "target.baseUrl", env: "MPP_BASE_URL" },
  clientId: { path: "target.clientId", env: "MPP_CLIENT_ID" },
  mppPublicKey: { path: "keys.mppPublicKey", env: "MPP_PUBLIC_KEY" },
  kitPrivateKey: { path: "keys.kitPrivateKey", env: "KIT_PRIVATE_KEY" },
  simulatorPublicUrl: { path: "simulator.publicUrl", env: "SIMULATOR_PUBLIC_URL" },
  chromiumPath: { path: "verification.chromiumPath", env: "CHROMIUM_PATH" },
  driver: { path: "verification.driver", env: "VERIFICATION_DRIVER" },
  profile: { path: "timing.profile", env: "KIT_TIMING_PROFILE" },
  reportsDir: { path: "reportsDir", env: "KIT_REPORTS_DIR" },
  features: { path: "features" },
};
