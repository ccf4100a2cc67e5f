/**
 * Keys for a first run without configuration: one pair per side in a directory, made once and
 * reused afterwards (a restart must keep verifying what the kit signs). Private keys are
 * written 0600 and their paths are never printed.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { generatePemKeyPair } from "../pemKeyPair";

export interface KeyMaterial {
  alipayPublicKeyPem: string;
  mppPrivateKeyPem: string;
  /** Files a person hands to the other side; only set when the keys were made here. */
  publicKeyFiles?: { alipayPublicKey: string; mppPublicKey: string; directory: string };
}

export function ensureKeyDirectory(dir: string): KeyMaterial {
  const files = {
    alipayPrivate: join(dir, "alipay-private.pem"),
    alipayPublic: join(dir, "alipay-public.pem"),
    mppPrivate: join(dir, "mpp-private.pem"),
    mppPublic: join(dir, "mpp-public.pem"),
  };
  if (!Object.values(files).every((f) => existsSync(f))) {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    for (const [privateFile, publicFile] of [
      [files.alipayPrivate, files.alipayPublic],
      [files.mppPrivate, files.mppPublic],
    ] as const) {
      const pair = generatePemKeyPair();
      writeFileSync(privateFile, pair.privateKeyPem, { mode: 0o600 });
      writeFileSync(publicFile, pair.publicKeyPem);
    }
  }
  return {
    alipayPublicKeyPem: readFileSync(files.alipayPublic, "utf8"),
    mppPrivateKeyPem: readFileSync(files.mppPrivate, "utf8"),
    publicKeyFiles: { alipayPublicKey: files.alipayPublic, mppPublicKey: files.mppPublic, directory: dir },
  };
}
