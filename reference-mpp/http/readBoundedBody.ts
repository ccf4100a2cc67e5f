/**
 * Reads a request body up to a limit. Past the limit the bytes are counted and dropped, never
 * kept, so an oversized body costs no memory; the caller answers once the client stops
 * sending (answering mid-upload makes many clients see a reset instead of the answer). A
 * client that keeps sending far beyond the limit is cut off.
 */
import type { IncomingMessage } from "node:http";

export const MAX_BODY_BYTES = 64 * 1024;
/** How much of an oversized body is drained before the connection is dropped instead. */
const MAX_DRAIN_BYTES = 16 * 1024 * 1024;

export type BodyOutcome = { kind: "ok"; body: Buffer } | { kind: "too-large"; bytes: number } | { kind: "aborted" };

export function readBoundedBody(req: IncomingMessage, limit = MAX_BODY_BYTES): Promise<BodyOutcome> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    const declared = Number(req.headers["content-length"] ?? NaN);
    let bytes = 0;
    let overflow = declared > limit;
    req.on("data", (chunk: Buffer) => {
      bytes += chunk.length;
      if (bytes > limit) overflow = true;
      if (!overflow) chunks.push(chunk);
      else if (chunks.length > 0) chunks.length = 0; // drop what was kept: it will never be used
      if (bytes > limit + MAX_DRAIN_BYTES) {
        req.destroy();
        resolve({ kind: "too-large", bytes });
      }
    });
    req.on("end", () => resolve(overflow ? { kind: "too-large", bytes } : { kind: "ok", body: Buffer.concat(chunks) }));
    req.on("error", () => resolve({ kind: "aborted" }));
    req.on("close", () => resolve({ kind: "aborted" })); // no-op if already resolved
  });
}
