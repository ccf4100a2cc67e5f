/**
 * The Alipay+ RSA256 signing scheme (docs/alipayplus/messages-and-signatures.md#signatures), used by the kit's client, its simulator and the
 * reference MPP alike.
 *
 *   content   = `POST <Request-URI>\n<Client-Id>.<Request-Time or Response-Time>.<body bytes>`
 *   signature = urlEncode(base64(SHA256withRSA(content)))
 *   header    = `algorithm=RSA256, keyVersion=1, signature=<signature>`
 *
 * A response is signed with the URI of the request it answers and its own Response-Time.
 */
import { createSign, createVerify, type KeyObject } from "node:crypto";

export interface SignedParts {
  method: string;
  /** The request path, with a leading '/', no host (docs/alipayplus/known-inconsistencies.md#request-uri-slash). */
  uri: string;
  clientId: string;
  /** Request-Time for a request, Response-Time for a response; signed verbatim. */
  time: string;
  body: string | Buffer;
}

export interface SignatureHeader {
  algorithm: string;
  keyVersion: string | undefined;
  /** Still URL-encoded, exactly as it appeared in the header. */
  signature: string;
}

export function signingContent(parts: SignedParts): Buffer {
  const head = `${parts.method.toUpperCase()} ${parts.uri}\n${parts.clientId}.${parts.time}.`;
  return Buffer.concat([
    Buffer.from(head, "utf8"),
    Buffer.isBuffer(parts.body) ? parts.body : Buffer.from(parts.body, "utf8"),
  ]);
}

/** Returns the URL-encoded base64 signature value. */
export function sign(parts: SignedParts, privateKey: KeyObject | string): string {
  const signer = createSign("RSA-SHA256");
  signer.update(signingContent(parts));
  return encodeURIComponent(signer.sign(privateKey, "base64"));
}

export function verify(parts: SignedParts, signature: string, publicKey: KeyObject | string): boolean {
  let raw: Buffer;
  try {
    raw = Buffer.from(decodeURIComponent(signature), "base64");
  } catch {
    return false; // a malformed %-escape is a bad signature, not a crash
  }
  if (raw.length === 0) return false;
  const verifier = createVerify("RSA-SHA256");
  verifier.update(signingContent(parts));
  try {
    return verifier.verify(publicKey, raw);
  } catch {
    return false;
  }
}

export function formatSignatureHeader(signature: string, keyVersion = "1"): string {
  return `algorithm=RSA256, keyVersion=${keyVersion}, signature=${signature}`;
}

/**
 * Parses `algorithm=RSA256, keyVersion=1, signature=...`, with or without spaces (docs/alipayplus/known-inconsistencies.md#signature-header-spacing).
 * The signature value may itself contain '=' (URL-encoding is not always applied to padding),
 * so it is taken as everything after `signature=`. Returns undefined when the header is unusable.
 */
export function parseSignatureHeader(header: string | undefined): SignatureHeader | undefined {
  if (!header) return undefined;
  const at = header.search(/(^|,)\s*signature=/);
  if (at < 0) return undefined;
  const signature = header.slice(header.indexOf("signature=", at) + "signature=".length).trim();
  const params = new Map<string, string>();
  for (const pair of header.slice(0, at).split(",")) {
    const eq = pair.indexOf("=");
    if (eq > 0) params.set(pair.slice(0, eq).trim(), pair.slice(eq + 1).trim());
  }
  const algorithm = params.get("algorithm");
  if (!algorithm || !signature) return undefined;
  return { algorithm, keyVersion: params.get("keyVersion"), signature };
}
