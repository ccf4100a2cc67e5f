/**
 * Configuration arrives in layers (a base from the runner, the file, the environment, flags),
 * each later one winning. Layers are merged in the file's shape, remembering where each value
 * came from so an error can say "(from MPP_BASE_URL)" and a relative key path is resolved
 * against the right directory.
 */
import type { KitConfig } from "../config";
import { type ConfigFile, type ConfigOverrides, overrideTargets } from "./ConfigFile";

export interface Layer {
  /** Shown in errors, e.g. "config file", "MPP_BASE_URL", "flag baseUrl". */
  source: string;
  /** Directory relative paths in this layer are resolved against. */
  dir: string;
  values: Record<string, unknown>;
}

export interface Origin {
  source: string;
  dir: string;
}

export type DeepPartial<T> = T extends (infer U)[]
  ? U[]
  : T extends object
    ? { [K in keyof T]?: DeepPartial<T[K]> }
    : T;

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

function setPath(target: Record<string, unknown>, dotted: string, value: unknown): void {
  const parts = dotted.split(".");
  let node = target;
  for (const part of parts.slice(0, -1)) {
    if (!isPlainObject(node[part])) node[part] = {};
    node = node[part] as Record<string, unknown>;
  }
  node[parts[parts.length - 1]!] = value;
}

function dropUndefined(value: unknown): unknown {
  if (!isPlainObject(value)) return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) if (v !== undefined) out[k] = dropUndefined(v);
  return out;
}

/** The runner's base (KitConfig-shaped, PEM text inline) in the file's shape. */
export function baseLayer(base: DeepPartial<KitConfig>, dir: string): Layer {
  const { mppPublicKeyPem, ...target } = base.target ?? {};
  const file: ConfigFile = {
    target: target as ConfigFile["target"],
    keys: { mppPublicKey: mppPublicKeyPem, kitPrivateKey: base.kitPrivateKeyPem, kitPublicKey: base.kitPublicKeyPem },
    accounts: base.accounts as ConfigFile["accounts"],
    order: base.order,
    verification: base.verification as ConfigFile["verification"],
    simulator: base.simulator,
    features: base.features,
    timing: base.timing,
    reportsDir: base.reportsDir,
  };
  return { source: "base config", dir, values: dropUndefined(file) as Record<string, unknown> };
}

export function envLayers(env: NodeJS.ProcessEnv, dir: string): Layer[] {
  const layers: Layer[] = [];
  for (const { path, env: name } of Object.values(overrideTargets)) {
    const value = name ? env[name] : undefined;
    if (name && value !== undefined && value !== "") {
      const values = {};
      setPath(values, path, value);
      layers.push({ source: name, dir, values });
    }
  }
  return layers;
}

export function flagLayers(flags: ConfigOverrides, dir: string): Layer[] {
  const layers: Layer[] = [];
  for (const [flag, value] of Object.entries(flags) as [keyof ConfigOverrides, unknown][]) {
    const target = overrideTargets[flag];
    if (value === undefined) continue;
    const values = {};
    setPath(values, target ? target.path : flag, value);
    layers.push({ source: `flag ${flag}`, dir, values });
  }
  return layers;
}

/** Merges layers in order; arrays are replaced, not concatenated. Origins are keyed by dotted path. */
export function mergeLayers(layers: Layer[]): { merged: Record<string, unknown>; origins: Map<string, Origin> } {
  const merged: Record<string, unknown> = {};
  const origins = new Map<string, Origin>();
  const mergeInto = (into: Record<string, unknown>, from: Record<string, unknown>, prefix: string, origin: Origin) => {
    for (const [key, value] of Object.entries(from)) {
      const path = prefix ? `${prefix}.${key}` : key;
      if (isPlainObject(value) && isPlainObject(into[key])) {
        mergeInto(into[key] as Record<string, unknown>, value, path, origin);
      } else {
        into[key] = isPlainObject(value) ? structuredClone(value) : value;
        origins.set(path, origin);
      }
    }
  };
  for (const layer of layers) mergeInto(merged, layer.values, "", { source: layer.source, dir: layer.dir });
  return { merged, origins };
}

/** The origin of a path or of its nearest ancestor that was set as a whole. */
export function originOf(origins: Map<string, Origin>, path: string): Origin | undefined {
  for (let p = path; p; p = p.includes(".") ? p.slice(0, p.lastIndexOf(".")) : "") {
    const found = origins.get(p);
    if (found) return found;
  }
  return undefined;
}
