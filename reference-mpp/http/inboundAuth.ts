/**
 * Who is calling (docs/alipayplus/messages-and-signatures.md#signatures): the Client-Id must be the one Alipay+ was given, and the
 * Signature must verify over `POST <uri>\n<Client-Id>.<Request-Time>.<body>` with Alipay+'s
 * public key. Failing either, nothing is processed.
 */
import type { IncomingHttpHeaders } from "node:http";
import { parseSignatureHeader, verify } from "../../src/core/signature";
import type { FaultSet } from "../faults";
import type { ResultCode } from "../results";

export interface InboundAuthConfig {
  clientId: string;
  alipayPublicKeyPem: string;
  faults: FaultSet;
}

function header(headers: IncomingHttpHeaders, name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/** undefined when the caller may proceed; otherwise the code to refuse with. */
export function refuseInbound(
  config: InboundAuthConfig,
  headers: IncomingHttpHeaders,
  uri: string,
  body: Buffer,
): ResultCode | undefined {
  const clientId = header(headers, "client-id");
  if (clientId !== config.clientId && !config.faults.has("unknown-client-accepted")) return "INVALID_CLIENT";
  if (config.faults.has("bad-signature-accepted")) return undefined;
  const signature = parseSignatureHeader(header(headers, "signature"));
  const requestTime = header(headers, "request-time");
  if (signature?.algorithm !== "RSA256" || !requestTime || clientId === undefined) return "INVALID_SIGNATURE";
  const parts = { method: "POST", uri, clientId, time: requestTime, body };
  return verify(parts, signature.signature, config.alipayPublicKeyPem) ? undefined : "INVALID_SIGNATURE";
}
