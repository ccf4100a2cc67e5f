/** RSA key pairs for the CLI's first run and for tests, as PEM (PKCS#8 private, SPKI public). */
import { generateKeyPairSync } from "node:crypto";

export interface PemKeyPair {
  privateKeyPem: string;
  publicKeyPem: string;
}

export function generatePemKeyPair(): PemKeyPair {
  const { privateKey, publicKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  return {
    privateKeyPem: privateKey.export({ type: "pkcs8", format: "pem" }).toString(),
    publicKeyPem: publicKey.export({ type: "spki", format: "pem" }).toString(),
  };
}
