/**
 * The transport side of the simulator's handlers. msw hands a handler a Fetch Request, which
 * has no socket and would let a body grow without bound; the simulator needs both: the raw
 * bytes (signatures cover exactly those), a size cap, the URL exactly as received, and the
 * socket (to stay silent and then hang up). The node:http server reads the body first (capped)
 * and runs the msw handlers inside an AsyncLocalStorage scope carrying all that.
 */
import { AsyncLocalStorage } from "node:async_hooks";
import type { IncomingMessage, ServerResponse } from "node:http";
import { maxBodyBytes } from "../core/recording";

export interface RawRequest {
  req: IncomingMessage;
  res: ServerResponse;
  /** The body bytes, at most maxBodyBytes. */
  raw: Buffer;
  /** More than maxBodyBytes arrived (or were announced); `raw` holds the first part. */
  tooLarge: boolean;
  /** Path and query exactly as on the request line. */
  originalUrl: string;
  receivedAt: number;
}

export const rawRequestScope = new AsyncLocalStorage<RawRequest>();

/** The transport context of the request being handled, when served over real HTTP. */
export function currentRawRequest(): RawRequest | undefined {
  return rawRequestScope.getStore();
}

/** Reads a request body up to the cap; stops reading (and marks it) as soon as it is exceeded. */
export function readCappedBody(
  req: IncomingMessage,
  maxBytes = maxBodyBytes,
): Promise<{ raw: Buffer; tooLarge: boolean }> {
  return new Promise((resolve) => {
    const declared = Number(req.headers["content-length"] ?? NaN);
    if (declared > maxBytes) return resolve({ raw: Buffer.alloc(0), tooLarge: true });
    const chunks: Buffer[] = [];
    let size = 0;
    const done = (tooLarge: boolean) => {
      req.off("data", onData);
      resolve({ raw: Buffer.concat(chunks).subarray(0, maxBytes), tooLarge });
    };
    const onData = (chunk: Buffer) => {
      chunks.push(chunk);
      size += chunk.length;
      if (size > maxBytes) {
        req.pause();
        done(true);
      }
    };
    req.on("data", onData);
    req.on("end", () => done(false));
    req.on("error", () => done(false));
  });
}

/**
 * The body of the request being handled. Over HTTP the transport has already read it (so the
 * Fetch Request's own body is empty); in-process it is read from the Request.
 */
export async function requestBytes(request: Request): Promise<Buffer> {
  const ctx = currentRawRequest();
  return ctx ? ctx.raw : Buffer.from(await request.arrayBuffer());
}
