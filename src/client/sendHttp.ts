/**
 * One HTTP request over node:http(s), bounded in time and size, never following redirects and
 * never throwing: what a conformance kit needs from a transport when the target may be broken.
 */
import { request as httpRequest, type IncomingMessage } from "node:http";
import { request as httpsRequest } from "node:https";
import { maxBodyBytes, recordHeaders } from "../core/recording";
import type { Exchange } from "../core/trace";

export interface HttpResult {
  durationMs: number;
  response?: { status: number; headers: Record<string, string>; body: Buffer; truncated: boolean };
  error?: NonNullable<Exchange["error"]>;
}

export interface HttpOptions {
  method: string;
  headers: Record<string, string>;
  body?: Buffer;
  timeoutMs: number;
  maxBytes?: number;
}

function classify(error: NodeJS.ErrnoException): NonNullable<Exchange["error"]>["kind"] {
  if (error.code === "ECONNREFUSED") return "refused";
  if (error.code === "ECONNRESET" || error.code === "EPIPE" || error.message === "socket hang up") return "reset";
  return "other";
}

export function sendHttp(url: string, options: HttpOptions): Promise<HttpResult> {
  const started = performance.now();
  const maxBytes = options.maxBytes ?? maxBodyBytes;
  const elapsed = () => Math.round(performance.now() - started);
  return new Promise((resolve) => {
    let settled = false;
    let response: HttpResult["response"];
    let timer: NodeJS.Timeout | undefined;
    const finish = (error?: HttpResult["error"]) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve({ durationMs: elapsed(), response, error });
    };
    let target: URL;
    try {
      target = new URL(url);
    } catch {
      finish({ kind: "other", message: `not a URL: ${url}` });
      return;
    }
    const send = target.protocol === "https:" ? httpsRequest : httpRequest;
    let req: ReturnType<typeof send>;
    try {
      req = send(target, { method: options.method, headers: options.headers, agent: false });
    } catch (e) {
      // e.g. a header value with characters HTTP forbids
      finish({ kind: "other", message: (e as Error).message });
      return;
    }
    timer = setTimeout(() => {
      finish({ kind: "timeout", message: `no complete answer within ${options.timeoutMs} ms` });
      req.destroy();
    }, options.timeoutMs);
    req.on("error", (error: NodeJS.ErrnoException) =>
      finish({ kind: classify(error), message: `${error.code ?? ""} ${error.message}`.trim() }),
    );
    req.on("response", (res: IncomingMessage) => readBody(res));
    req.end(options.body);

    function readBody(res: IncomingMessage) {
      const chunks: Buffer[] = [];
      let size = 0;
      response = {
        status: res.statusCode ?? 0,
        headers: recordHeaders(res.headers),
        body: Buffer.alloc(0),
        truncated: false,
      };
      const declared = Number(res.headers["content-length"] ?? NaN);
      if (declared > maxBytes) return tooLarge(`Content-Length ${declared} exceeds ${maxBytes} bytes`);
      res.on("data", (chunk: Buffer) => {
        const room = maxBytes - size;
        chunks.push(chunk.length > room ? chunk.subarray(0, room) : chunk);
        size += chunk.length;
        response!.body = Buffer.concat(chunks);
        if (size > maxBytes) tooLarge(`body exceeds ${maxBytes} bytes`);
      });
      res.on("end", () => finish());
      res.on("error", (error: NodeJS.ErrnoException) => finish({ kind: classify(error), message: error.message }));
      res.on("aborted", () => finish({ kind: "reset", message: "connection closed before the body was complete" }));
      function tooLarge(message: string) {
        response!.truncated = true;
        finish({ kind: "too-large", message });
        res.destroy();
        req.destroy();
      }
    }
  });
}
