/**
 * Writes a pay or inquiryPayment answer: JSON, HTTP 200 (business errors live in `result`,
 * docs/alipayplus/messages-and-signatures.md#invalid-signature), signed over `POST <request URI>\n<Client-Id>.<Response-Time>.<body>`.
 */
import type { ServerResponse } from "node:http";
import type { MppOperation } from "../../generated/validate";
import { isoDateTime } from "../../src/core/isoTime";
import { formatSignatureHeader, sign } from "../../src/core/signature";
import type { MppContext } from "../context";
import { bendResponse, httpStatusFor } from "./wireFaults";

export function sendSigned(
  ctx: MppContext,
  res: ServerResponse,
  op: MppOperation,
  uri: string,
  answer: Record<string, unknown>,
  closeConnection = false,
): void {
  const status = httpStatusFor(answer, ctx.faults);
  const text = JSON.stringify(bendResponse(op, answer, ctx.faults));
  const responseTime = isoDateTime(Date.now());
  const headers: Record<string, string> = {
    "Content-Type": "application/json; charset=UTF-8",
    "Client-Id": ctx.clientId,
    "Response-Time": responseTime,
  };
  if (!ctx.faults.has("response-unsigned")) {
    const signature = sign(
      { method: "POST", uri, clientId: ctx.clientId, time: responseTime, body: text },
      ctx.mppPrivateKeyPem,
    );
    headers.Signature = formatSignatureHeader(signature);
  }
  if (closeConnection) headers.Connection = "close";
  res.writeHead(status, headers);
  res.end(text);
}

/** The transport failures some faults answer with instead of a signed business error. */
export function sendServerError(res: ServerResponse): void {
  res.writeHead(500, { "Content-Type": "text/plain; charset=utf-8", Connection: "close" });
  res.end("Internal Server Error");
}
