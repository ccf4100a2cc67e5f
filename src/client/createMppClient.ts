/**
 * The kit's Alipay+ -> MPP client: signs each call with the kit's key, sends it to the target,
 * judges the response signature with the MPP's key and records the whole exchange (raw bytes,
 * lower-cased headers, timings, parsed JSON) into the trace it was built with.
 */
import { createPrivateKey, createPublicKey, type KeyObject } from "node:crypto";
import type { MppOperation } from "../../generated/validate";
import type { KitConfig } from "../config";
import type { CallOptions, MppClient } from "../core/engine";
import { isoDateTime } from "../core/isoTime";
import { judgeSignature } from "../core/judgeSignature";
import { appendExchange, recordMessage } from "../core/recording";
import { formatSignatureHeader, sign } from "../core/signature";
import type { Exchange, Trace } from "../core/trace";
import { sendHttp } from "./sendHttp";

export interface MppClientDeps {
  config: KitConfig;
  trace: Trace;
}

function signatureHeader(
  uri: string,
  clientId: string,
  time: string,
  body: Buffer,
  options: CallOptions,
  key: KeyObject,
) {
  const mode = options.signature ?? "valid";
  if (mode === "none") return undefined;
  // "bad": a well-formed header whose value signs different bytes, so only verification can tell.
  const signed = mode === "bad" ? Buffer.concat([body, Buffer.from(" ")]) : body;
  return formatSignatureHeader(sign({ method: "POST", uri, clientId, time, body: signed }, key));
}

function paymentRequestIdOf(body: Buffer): string | undefined {
  try {
    const id = (JSON.parse(body.toString("utf8")) as { paymentRequestId?: unknown }).paymentRequestId;
    return typeof id === "string" ? id : undefined;
  } catch {
    return undefined;
  }
}

/** The path (and query) the signature covers; the configured path itself when the URL is broken. */
function requestUri(url: string): string {
  try {
    const parsed = new URL(url);
    return parsed.pathname + parsed.search;
  } catch {
    return url.replace(/^[a-z]+:\/\/[^/]*/i, "");
  }
}

export function createMppClient({ config, trace }: MppClientDeps): MppClient {
  const kitKey = createPrivateKey(config.kitPrivateKeyPem);
  const mppKey = createPublicKey(config.target.mppPublicKeyPem);

  async function callRaw(api: MppOperation, raw: string | Buffer, options: CallOptions): Promise<Exchange> {
    const body = Buffer.isBuffer(raw) ? raw : Buffer.from(raw, "utf8");
    const url = config.target.baseUrl + config.target.paths[api];
    const uri = requestUri(url);
    const clientId = options.clientId ?? config.target.clientId;
    const time = isoDateTime();
    const headers: Record<string, string> = {
      "content-type": "application/json; charset=UTF-8",
      "client-id": clientId,
      "request-time": time,
    };
    const signature = signatureHeader(uri, clientId, time, body, options, kitKey);
    if (signature) headers.signature = signature;
    const timeoutMs =
      options.timeoutMs ?? (api === "pay" ? config.timing.payTimeoutMs : config.timing.inquiryTimeoutMs);

    const startedAt = Date.now();
    const result = await sendHttp(url, { method: "POST", headers, body, timeoutMs });
    const exchange: Omit<Exchange, "id"> = {
      step: options.step,
      direction: "to-mpp",
      api,
      method: "POST",
      url,
      paymentRequestId: paymentRequestIdOf(body),
      startedAt,
      durationMs: result.durationMs,
      request: recordMessage(headers, body),
    };
    if (result.response) {
      const { status, headers: responseHeaders, body: responseBody, truncated } = result.response;
      exchange.response = { status, ...recordMessage(responseHeaders, responseBody, truncated) };
      if (!result.error) {
        const message = {
          method: "POST",
          uri,
          headers: responseHeaders,
          timeHeader: "response-time" as const,
          fallbackClientId: config.target.clientId,
          body: responseBody,
        };
        exchange.signature = judgeSignature(message, mppKey);
      }
    }
    if (result.error) exchange.error = result.error;
    return appendExchange(trace, exchange);
  }

  return {
    call: (api, body, options) => callRaw(api, JSON.stringify(body), options),
    callRaw,
  };
}
