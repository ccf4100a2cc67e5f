/**
 * The verdict on a peer's signature (docs/alipayplus/messages-and-signatures.md#signatures): the MPP's on its pay/inquiry responses, or on
 * its callbacks. Problems are worded for the MPP engineer who has to fix them.
 */
import type { KeyObject } from "node:crypto";
import { parseSignatureHeader, verify } from "./signature";
import type { SignatureVerdict } from "./trace";

export interface SignedMessage {
  method: string;
  /** The request URI the signature covers: path (and query) of the request, no host. */
  uri: string;
  /** Headers, lower-cased. */
  headers: Record<string, string>;
  /** Which header carries the time: request-time for requests, response-time for responses. */
  timeHeader: "request-time" | "response-time";
  /** Used when the message carries no Client-Id header. */
  fallbackClientId: string;
  body: Buffer;
}

export function judgeSignature(message: SignedMessage, publicKey: KeyObject | string): SignatureVerdict {
  const header = message.headers.signature;
  if (header === undefined) return { present: false, valid: false, problem: "no Signature header" };
  const parsed = parseSignatureHeader(header);
  if (!parsed) {
    return {
      present: false,
      valid: false,
      problem: `Signature header is not "algorithm=RSA256, keyVersion=1, signature=<value>": ${header.slice(0, 80)}`,
    };
  }
  if (parsed.algorithm !== "RSA256")
    return { present: true, valid: false, problem: `algorithm is ${parsed.algorithm}, not RSA256` };
  const time = message.headers[message.timeHeader];
  if (!time)
    return { present: true, valid: false, problem: `no ${message.timeHeader} header, which the signature covers` };
  const clientId = message.headers["client-id"] ?? message.fallbackClientId;
  const parts = { method: message.method, uri: message.uri, clientId, time, body: message.body };
  if (verify(parts, parsed.signature, publicKey)) return { present: true, valid: true };
  return {
    present: true,
    valid: false,
    problem:
      `signature does not verify with the configured MPP public key over ` +
      `"${message.method} ${message.uri}\\n${clientId}.${time}.<${message.body.length} body bytes>"`,
  };
}
