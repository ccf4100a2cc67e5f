/**
 * Loads the kit's configuration: defaults < the runner's base < the JSON file < environment <
 * flags. Throws ONE ConfigError listing every problem (schema, URLs, key files), each with
 * its dotted path and, when an override set it, where it came from.
 */
import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import type { KitConfig } from "../config";
import { ConfigError, type ConfigProblem } from "./ConfigError";
import type { ConfigFile, ConfigOverrides } from "./ConfigFile";
import { checkConfigFile } from "./checkConfigFile";
import {
  baseLayer,
  type DeepPartial,
  envLayers,
  flagLayers,
  type Layer,
  mergeLayers,
  type Origin,
  originOf,
} from "./configLayers";
import { resolveKeys } from "./resolveKeys";
import { noAnswerFor, timingProfiles, verificationTimeoutMs } from "./timingProfiles";

export interface LoadConfigOptions {
  /** Path of a JSON config file; relative key paths in it are resolved against its directory. */
  file?: string;
  /** A partial configuration to merge onto (e.g. the embedded reference MPP's target and keys). */
  base?: DeepPartial<KitConfig>;
  /** Defaults to process.env. */
  env?: NodeJS.ProcessEnv;
  flags?: ConfigOverrides;
  /** Directory env and flag paths are resolved against. Defaults to process.cwd(). */
  cwd?: string;
}

const defaults: ConfigFile = {
  target: { paths: { pay: "/aps/api/v1/payments/pay", inquiryPayment: "/aps/api/v1/payments/inquiryPayment" } },
  accounts: { rejected: [] },
  order: { currency: "USD", value: "100", paymentMethodType: "CONNECT_WALLET" },
  verification: { driver: "form" },
  simulator: { host: "127.0.0.1", port: 0 },
  features: [],
  timing: { profile: "seed" },
  reportsDir: "reports",
};

function fileLayer(file: string, cwd: string): { layer?: Layer; problem?: ConfigProblem } {
  const path = resolve(cwd, file);
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch {
    return { problem: { path: "", message: `config file not found: ${file}` } };
  }
  try {
    const values = JSON.parse(text) as unknown;
    if (typeof values !== "object" || values === null || Array.isArray(values)) {
      return { problem: { path: "", message: `${file}: must hold a JSON object` } };
    }
    return { layer: { source: "config file", dir: dirname(path), values: values as Record<string, unknown> } };
  } catch (e) {
    return { problem: { path: "", message: `${file}: not valid JSON (${(e as Error).message})` } };
  }
}

/** Says where an override came from, so "(from MPP_BASE_URL)" points at the real culprit. */
function withOrigin(problem: ConfigProblem, origins: Map<string, Origin>): ConfigProblem {
  const origin = originOf(origins, problem.path);
  if (!origin || origin.source === "config file" || origin.source === "defaults") return problem;
  return { ...problem, message: `${problem.message} (from ${origin.source})` };
}

function toKitConfig(
  file: ConfigFile,
  keys: NonNullable<ReturnType<typeof resolveKeys>["keys"]>,
  cwd: string,
): KitConfig {
  const profile = file.timing?.profile ?? "seed";
  const target = file.target as Required<NonNullable<ConfigFile["target"]>>;
  const reportsDir = file.reportsDir ?? "reports";
  const verification = file.verification ?? {};
  return {
    target: {
      baseUrl: target.baseUrl.replace(/\/+$/, ""),
      paths: target.paths as KitConfig["target"]["paths"],
      clientId: target.clientId,
      acquirerId: target.acquirerId,
      pspId: target.pspId,
      mppPublicKeyPem: keys.mppPublicKeyPem,
      ...(target.stateChangeUrl ? { stateChangeUrl: target.stateChangeUrl } : {}),
    },
    kitPrivateKeyPem: keys.kitPrivateKeyPem,
    kitPublicKeyPem: keys.kitPublicKeyPem,
    accounts: { payable: file.accounts!.payable!, rejected: file.accounts?.rejected ?? [] },
    order: file.order as KitConfig["order"],
    verification: {
      ...verification,
      driver: verification.driver ?? "form",
      timeoutMs: verification.timeoutMs ?? verificationTimeoutMs[profile],
      evidenceDir: resolve(cwd, verification.evidenceDir ?? `${reportsDir}/evidence`),
    },
    simulator: file.simulator as KitConfig["simulator"],
    features: file.features ?? [],
    timing: timingOf(profile, file.timing),
    reportsDir,
  };
}

/** The profile's timing with the file's values; the no-answer silence follows the declared MPP callback timeout. */
function timingOf(profile: keyof typeof timingProfiles, declared: ConfigFile["timing"]): KitConfig["timing"] {
  const timing = { ...timingProfiles[profile], ...declared };
  return { ...timing, noAnswerMs: declared?.noAnswerMs ?? noAnswerFor(timing.mppCallbackTimeoutMs) };
}

export function loadConfig(options: LoadConfigOptions = {}): KitConfig {
  const cwd = options.cwd ?? process.cwd();
  const problems: ConfigProblem[] = [];
  const layers: Layer[] = [{ source: "defaults", dir: cwd, values: defaults as Record<string, unknown> }];
  if (options.base) layers.push(baseLayer(options.base, cwd));
  if (options.file) {
    const { layer, problem } = fileLayer(options.file, cwd);
    if (problem) throw new ConfigError([problem]); // nothing else can be judged without the file
    layers.push(layer!);
  }
  layers.push(...envLayers(options.env ?? process.env, cwd), ...flagLayers(options.flags ?? {}, cwd));

  const { merged, origins } = mergeLayers(layers);
  problems.push(...checkConfigFile(merged));
  const file = merged as ConfigFile;
  const dirOf = (path: string) => originOf(origins, path)?.dir ?? cwd;
  const { keys, problems: keyProblems } = resolveKeys(file.keys ?? {}, dirOf);
  problems.push(...keyProblems);
  if (problems.length > 0 || !keys) throw new ConfigError(problems.map((p) => withOrigin(p, origins)));
  return toKitConfig(file, keys, cwd);
}
