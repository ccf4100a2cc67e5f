/**
 * Turns the `keys` section (PEM paths or inline PEM) into PEM text, checking that each is a
 * usable key of the right kind. Problems are collected, not thrown, so the user sees them all.
 */
import { createPrivateKey, createPublicKey } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { ConfigProblem } from "./ConfigError";

export interface ResolvedKeys {
  mppPublicKeyPem: string;
  kitPrivateKeyPem: string;
  kitPublicKeyPem: string;
}

type KeyKind = "public" | "private";

function readPem(value: string, dir: string): { pem?: string; problem?: string } {
  if (value.trimStart().startsWith("-----BEGIN")) return { pem: value };
  const file = resolve(dir, value);
  if (!existsSync(file)) return { problem: `file not found: ${value}` };
  try {
    return { pem: readFileSync(file, "utf8") };
  } catch (e) {
    return { problem: `cannot read ${value}: ${(e as Error).message}` };
  }
}

function checkKind(pem: string, kind: KeyKind): string | undefined {
  try {
    if (kind === "private") createPrivateKey(pem);
    else createPublicKey(pem);
    return undefined;
  } catch {
    return `not a PEM ${kind} key`;
  }
}

export function resolveKeys(
  keys: { mppPublicKey?: string; kitPrivateKey?: string; kitPublicKey?: string },
  dirOf: (path: string) => string,
): { keys?: ResolvedKeys; problems: ConfigProblem[] } {
  const problems: ConfigProblem[] = [];
  const load = (name: keyof typeof keys, kind: KeyKind): string | undefined => {
    const value = keys[name];
    if (value === undefined) return undefined;
    const path = `keys.${name}`;
    const { pem, problem } = readPem(value, dirOf(path));
    const wrong = problem ?? (pem !== undefined ? checkKind(pem, kind) : undefined);
    if (wrong) problems.push({ path, message: wrong });
    return wrong ? undefined : pem;
  };
  const mppPublicKeyPem = load("mppPublicKey", "public");
  const kitPrivateKeyPem = load("kitPrivateKey", "private");
  // The public half can always be derived; a separate file is only a convenience to hand over.
  const kitPublicKeyPem =
    load("kitPublicKey", "public") ??
    (kitPrivateKeyPem
      ? (createPublicKey(kitPrivateKeyPem).export({ type: "spki", format: "pem" }) as string)
      : undefined);
  if (!mppPublicKeyPem || !kitPrivateKeyPem || !kitPublicKeyPem) return { problems };
  return { keys: { mppPublicKeyPem, kitPrivateKeyPem, kitPublicKeyPem }, problems };
}
