/**
 * One callback from the MPP, start to finish: read the raw bytes, judge the signature (over
 * those bytes and the URI it was posted to) and the body (against the spec), route it to the
 * owning trace, record it on arrival, then answer as scripted.
 */
import type { KeyObject } from "node:crypto";
import { HttpResponse } from "msw";
import type { CallbackOperation } from "../../generated/validate";
import type { KitConfig } from "../config";
import { judgeSignature } from "../core/judgeSignature";
import { recordHeaders, recordMessage } from "../core/recording";
import type { Exchange } from "../core/trace";
import { acknowledgement } from "./acknowledgement";
import type { CallbackRegistry } from "./CallbackRegistry";
import { answerLabel, type CallbackScript } from "./CallbackScript";
import { currentRawRequest, type RawRequest } from "./rawRequest";
import { validateCallback } from "./validateCallback";

export interface SimulatorCore {
  config: KitConfig;
  kitKey: KeyObject;
  mppKey: KeyObject;
  registry: CallbackRegistry;
  script: CallbackScript;
  baseUrl(): string;
  /** Silences in progress; each ends its silence early when called (the simulator is closing). */
  silences: Set<() => void>;
  /** Told of each callback once answered (the standalone simulator logs it). */
  onAnswered?(exchange: Exchange): void;
}

/** The request as received: from the raw transport when served over HTTP, else from the Fetch Request. */
async function received(
  request: Request,
): Promise<{ raw: Buffer; uri: string; headers: Record<string, string>; ctx?: RawRequest }> {
  const ctx = currentRawRequest();
  if (ctx) return { raw: ctx.raw, uri: ctx.originalUrl, headers: recordHeaders(ctx.req.headers), ctx };
  const url = new URL(request.url);
  return {
    raw: Buffer.from(await request.arrayBuffer()),
    uri: url.pathname + url.search,
    headers: recordHeaders(request.headers),
  };
}

const stringField = (json: unknown, name: string): string | undefined => {
  const value = (json as Record<string, unknown> | undefined)?.[name];
  return typeof value === "string" && value !== "" ? value : undefined;
};

/** Which payment a callback belongs to: its URL's prefix, its body, or (authNotify) its agreement. */
function owningPayment(
  core: SimulatorCore,
  api: CallbackOperation | undefined,
  pathId: string | undefined,
  json: unknown,
): string | undefined {
  if (pathId) return pathId;
  const bodyId = stringField(json, "paymentRequestId");
  if (bodyId) return bodyId;
  const agreement = api === "authNotify" ? stringField(json, "referenceAgreementId") : undefined;
  return agreement ? core.registry.paymentForAgreement(agreement) : undefined;
}

export async function arrival(
  core: SimulatorCore,
  api: CallbackOperation | undefined,
  request: Request,
  pathId?: string,
) {
  const { raw, uri, headers, ctx } = await received(request);
  const message = recordMessage(headers, raw, ctx?.tooLarge);
  const exchange: Omit<Exchange, "id"> = {
    step: "callback",
    direction: "from-mpp",
    api,
    method: request.method,
    url: core.baseUrl() + uri,
    paymentRequestId: owningPayment(core, api, pathId, message.json),
    startedAt: ctx?.receivedAt ?? Date.now(),
    durationMs: 0,
    request: message,
  };
  if (api) {
    const signed = {
      method: "POST",
      uri,
      headers,
      timeHeader: "request-time" as const,
      fallbackClientId: core.config.target.clientId,
      body: raw,
    };
    exchange.signature = judgeSignature(signed, core.mppKey);
    if (message.json !== undefined) exchange.schema = validateCallback(api, message.json);
  }
  return { exchange, uri, ctx };
}

/** Stays silent for `forMs` (or until the MPP hangs up, or the simulator closes), then closes the socket. */
function silence(core: SimulatorCore, ctx: RawRequest | undefined, forMs: number): Promise<void> {
  return new Promise((resolve) => {
    const end = () => {
      clearTimeout(timer);
      core.silences.delete(end);
      ctx?.req.socket.off("close", end);
      ctx?.req.socket.destroy();
      resolve();
    };
    const timer = setTimeout(end, forMs);
    core.silences.add(end);
    ctx?.req.socket.once("close", end);
  });
}

function finish(
  core: SimulatorCore,
  exchange: Exchange,
  started: number,
  response?: { status: number; headers: Record<string, string>; body: string },
) {
  exchange.durationMs = Math.round(performance.now() - started);
  if (response)
    exchange.response = {
      status: response.status,
      ...recordMessage(response.headers, Buffer.from(response.body, "utf8")),
    };
  core.onAnswered?.(exchange);
}

export async function receiveCallback(
  core: SimulatorCore,
  api: CallbackOperation,
  request: Request,
  pathId?: string,
): Promise<Response> {
  const started = performance.now();
  const { exchange: pending, uri, ctx } = await arrival(core, api, request, pathId);
  if (ctx?.tooLarge) {
    pending.error = { kind: "too-large", message: "callback body exceeds 1 MiB" };
    const exchange = core.registry.record(pending);
    const body = '{"error":"payload too large"}';
    finish(core, exchange, started, { status: 413, headers: { "content-type": "application/json" }, body });
    return new HttpResponse(body, {
      status: 413,
      headers: { "content-type": "application/json", connection: "close" },
    });
  }
  const answer = core.script.next(pending.paymentRequestId, api);
  pending.answeredWith = answerLabel(answer);
  const exchange = core.registry.record(pending);
  if (answer.kind === "no-answer") {
    await silence(core, ctx, answer.forMs);
    finish(core, exchange, started);
    // The socket is gone; this response is written nowhere. (Without a socket, in-process, it is a network error.)
    return ctx ? new HttpResponse(null, { status: 204 }) : HttpResponse.error();
  }
  const ack = acknowledgement(answer, {
    api,
    uri,
    clientId: core.config.target.clientId,
    acquirerId: core.config.target.acquirerId,
    pspId: core.config.target.pspId,
    kitKey: core.kitKey,
  });
  finish(core, exchange, started, ack);
  return new HttpResponse(ack.body, { status: ack.status, headers: ack.headers });
}

/** Anything else the MPP sends: recorded, and answered 404 with the endpoints that do exist (`known`). */
export async function receiveUnknown(
  core: SimulatorCore,
  request: Request,
  known: readonly string[],
): Promise<Response> {
  const started = performance.now();
  const { exchange: pending } = await arrival(core, undefined, request);
  const exchange = core.registry.record(pending);
  const expected = known.map((path) => `POST ${path}`).join(" or ");
  const body = JSON.stringify({
    error: `no such Alipay+ endpoint: ${request.method} ${new URL(request.url).pathname}; the simulator serves ${expected} (also under /p/<paymentRequestId>)`,
  });
  finish(core, exchange, started, { status: 404, headers: { "content-type": "application/json" }, body });
  return new HttpResponse(body, { status: 404, headers: { "content-type": "application/json" } });
}
