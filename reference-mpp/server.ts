/**
 * The HTTP surface: the two Alipay+ APIs, the verification page and (in sandbox mode) the
 * driver helpers. Plain node:http: every byte of the answer and the body limit stay in hand.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { MppOperation } from "../generated/validate";
import type { MppContext } from "./context";
import { inquiryPayment } from "./handlers/inquiryPayment";
import { pay } from "./handlers/pay";
import { type ApiHandler, serveApi } from "./http/apiEndpoint";
import { sendJson } from "./http/plainResponses";
import { OUTBOX_PATH, serveOutbox, serveVerifyHook, VERIFY_HOOK_PATH } from "./sandboxRoutes";
import { serveVerification, VERIFY_PREFIX } from "./verification/verificationRoutes";

export const PAY_PATH = "/aps/api/v1/payments/pay";
export const INQUIRY_PAYMENT_PATH = "/aps/api/v1/payments/inquiryPayment";

const apis: Record<string, { op: MppOperation; handler: ApiHandler }> = {
  [PAY_PATH]: { op: "pay", handler: pay as ApiHandler },
  [INQUIRY_PAYMENT_PATH]: { op: "inquiryPayment", handler: inquiryPayment as ApiHandler },
};

export interface HttpServer {
  server: Server;
  /** Resolves when every request being handled has been answered. */
  drain(): Promise<void>;
}

export function createMppServer(ctx: MppContext): HttpServer {
  const inFlight = new Set<Promise<void>>();
  const server = createServer((req, res) => {
    const handling = route(ctx, req, res).catch((error: unknown) => {
      // The path only: a paymentUrl's query holds the page token, which opens the payment to anyone.
      const path = (req.url ?? "/").split("?")[0];
      console.error(`reference-mpp: ${req.method} ${path}: ${error instanceof Error ? error.message : String(error)}`);
      if (!res.headersSent) sendJson(res, 500, { error: "internal error" });
      else res.destroy();
    });
    inFlight.add(handling);
    void handling.finally(() => inFlight.delete(handling));
  });
  // Every wait has a bound: a client that stalls mid-request is cut off.
  server.requestTimeout = 30_000;
  server.headersTimeout = 10_000;
  return { server, drain: async () => void (await Promise.allSettled([...inFlight])) };
}

async function route(ctx: MppContext, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(req.url ?? "/", "http://localhost");
  const api = apis[url.pathname];
  if (api) {
    if (req.method !== "POST") return sendJson(res, 405, { error: "use POST" });
    return serveApi(ctx, api.op, api.handler, req, res);
  }
  if (url.pathname.startsWith(VERIFY_PREFIX)) return serveVerification(ctx, req, res, url);
  if (ctx.sandbox && url.pathname === OUTBOX_PATH && req.method === "GET") return serveOutbox(ctx, res, url);
  if (ctx.sandbox && url.pathname === VERIFY_HOOK_PATH && req.method === "POST") return serveVerifyHook(ctx, req, res);
  req.resume();
  sendJson(res, 404, { error: `no route for ${req.method} ${url.pathname}` });
}
