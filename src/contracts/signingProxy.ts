/**
 * The request filter inside pact-js's verifier proxy (toolchain.md §2b): every request the
 * verifier sends is signed the way the kit's client signs (fresh Request-Time, signature over
 * the exact bytes sent, at the target's configured path), and every answer's signature is
 * checked with the MPP's key. A signature that does not verify is replaced by a visible
 * "INVALID" value before Pact sees it, so the interaction fails on its Signature header.
 */
import { createPrivateKey, createPublicKey } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { KitConfig } from "../config";
import { isoWithOffset } from "../client";
import { judgeSignature } from "../client/judgeSignature";
import { formatSignatureHeader, sign } from "../signature";
import { contractPaths, type MppApi } from "./mppInteractions";

/** Whether the next request is signed right; the badSignature state asks for one bad one. */
export class SigningMode {
  private badNext = false;
  signNextBadly(): void {
    this.badNext = true;
  }
  take(): "valid" | "bad" {
    const mode = this.badNext ? "bad" : "valid";
    this.badNext = false;
    return mode;
  }
}

type ProxiedRequest = IncomingMessage & { body?: unknown; path?: string };
type Next = () => void;

function apiOf(path: string | undefined): MppApi | undefined {
  return (Object.keys(contractPaths) as MppApi[]).find((api) => contractPaths[api] === path);
}

/** Pact's bytes as they arrive (parsed by the proxy's body parser, or raw). */
function bytesOf(body: unknown): Buffer {
  if (Buffer.isBuffer(body)) return body;
  return Buffer.from(body === undefined ? "" : JSON.stringify(body), "utf8");
}

/** What the filter saw of one exchange: the contract path, the request sent and the answer, as JSON. */
export type ExchangeRecorder = (path: string, request: Buffer, response: Buffer) => void;

export function signingFilter(config: KitConfig, mode: SigningMode, record: ExchangeRecorder = () => undefined) {
  const kitKey = createPrivateKey(config.kitPrivateKeyPem);
  const mppKey = createPublicKey(config.target.mppPublicKeyPem);
  const basePath = new URL(config.target.baseUrl).pathname.replace(/\/+$/, "");
  return (req: ProxiedRequest, res: ServerResponse, next: Next): void => {
    const contractPath = req.path ?? req.url ?? "";
    const api = apiOf(contractPath);
    if (!api) return next(); // the proxy's own state-setup calls
    const body = bytesOf(req.body);
    const path = config.target.paths[api];
    const uri = basePath + path; // the proxy prepends the base URL's path
    const clientId = config.target.clientId;
    const time = isoWithOffset();
    const signed = mode.take() === "bad" ? Buffer.concat([body, Buffer.from(" ")]) : body;
    req.url = path;
    req.body = body; // a Buffer goes out byte for byte
    req.headers["content-length"] = String(body.length);
    req.headers["client-id"] = clientId;
    req.headers["request-time"] = time;
    req.headers["signature"] = formatSignatureHeader(sign({ method: "POST", uri, clientId, time, body: signed }, kitKey));
    checkAnswerSignature(res, (headers, answer) => {
      record(contractPath, body, answer);
      return judgeSignature({ method: "POST", uri, headers, timeHeader: "response-time", fallbackClientId: clientId, body: answer }, mppKey);
    });
    next();
  };
}

type Judge = (headers: Record<string, string>, body: Buffer) => { present: boolean; valid: boolean; problem?: string };

/** Holds the answer until it is complete, judges its signature, then lets it go on. */
function checkAnswerSignature(res: ServerResponse, judge: Judge): void {
  const chunks: Buffer[] = [];
  const end = res.end.bind(res) as (chunk?: Buffer) => ServerResponse;
  const toBuffer = (chunk: unknown) => (Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
  res.write = ((chunk: unknown) => {
    chunks.push(toBuffer(chunk));
    return true;
  }) as ServerResponse["write"];
  res.end = ((chunk?: unknown) => {
    if (chunk !== undefined && typeof chunk !== "function") chunks.push(toBuffer(chunk));
    const body = Buffer.concat(chunks);
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(res.getHeaders())) if (value !== undefined) headers[name.toLowerCase()] = String(value);
    const verdict = judge(headers, body);
    if (verdict.present && !verdict.valid && !res.headersSent) res.setHeader("signature", `INVALID (${verdict.problem ?? "does not verify"})`.replace(/[^\x20-\x7e]/g, "?"));
    return end(body);
  }) as ServerResponse["end"];
}
