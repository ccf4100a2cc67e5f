/**
 * The request filter inside pact-js's verifier proxy (toolchain.md §2b). For each contract
 * request it sends the call itself, the way the kit's client does: signed with the kit's key
 * (fresh Request-Time, signature over the exact bytes sent, at the target's configured path),
 * through the kit's bounded transport (a dead or slow MPP is an answer, never a crash or a
 * hang). The answer's signature is checked with the MPP's key; one that does not verify is
 * replaced by a visible "INVALID (...)" value, so the interaction fails on its Signature header.
 */
import { createPrivateKey, createPublicKey } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { MppOperation } from "../../generated/validate";
import { sendHttp } from "../client/sendHttp";
import type { KitConfig } from "../config";
import { isoDateTime } from "../core/isoTime";
import { judgeSignature } from "../core/judgeSignature";
import { formatSignatureHeader, sign } from "../core/signature";
import { contractPaths } from "./mppInteractions";

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

/** What the filter saw of one exchange: the contract path, the request sent and the answer. */
export type ExchangeRecorder = (path: string, request: Buffer, response: Buffer | { noAnswer: string }) => void;

function apiOf(path: string | undefined): MppOperation | undefined {
  return (Object.keys(contractPaths) as MppOperation[]).find((api) => contractPaths[api] === path);
}

/** Pact's bytes as they arrive (parsed by the proxy's body parser, or raw). */
function bytesOf(body: unknown): Buffer {
  if (Buffer.isBuffer(body)) return body;
  return Buffer.from(body === undefined ? "" : JSON.stringify(body), "utf8");
}

/** Hop-by-hop and length headers are the proxy's own business. */
const notForwarded = new Set(["connection", "transfer-encoding", "content-length", "keep-alive"]);

export function signingFilter(config: KitConfig, mode: SigningMode, record: ExchangeRecorder = () => undefined) {
  const kitKey = createPrivateKey(config.kitPrivateKeyPem);
  const mppKey = createPublicKey(config.target.mppPublicKeyPem);
  return (req: ProxiedRequest, res: ServerResponse, next: () => void): void => {
    const contractPath = req.path ?? req.url ?? "";
    const api = apiOf(contractPath);
    if (!api) return next(); // the proxy's own state-setup calls
    void call(api, contractPath, bytesOf(req.body), res);
  };

  async function call(api: MppOperation, contractPath: string, body: Buffer, res: ServerResponse): Promise<void> {
    const url = config.target.baseUrl + config.target.paths[api];
    const uri = new URL(url).pathname + new URL(url).search;
    const clientId = config.target.clientId;
    const time = isoDateTime();
    const signed = mode.take() === "bad" ? Buffer.concat([body, Buffer.from(" ")]) : body;
    const headers = {
      "content-type": "application/json; charset=UTF-8",
      "client-id": clientId,
      "request-time": time,
      signature: formatSignatureHeader(sign({ method: "POST", uri, clientId, time, body: signed }, kitKey)),
    };
    const timeoutMs = api === "pay" ? config.timing.payTimeoutMs : config.timing.inquiryTimeoutMs;
    const result = await sendHttp(url, { method: "POST", headers, body, timeoutMs });
    if (!result.response) {
      const problem =
        `no answer from ${url} within ${timeoutMs} ms: ${result.error?.kind ?? "error"} ${result.error?.message ?? ""}`.trim();
      record(contractPath, body, { noAnswer: problem });
      res.writeHead(502, { "content-type": "application/json" }).end(JSON.stringify({ kitError: problem }));
      return;
    }
    const answer = result.response;
    record(contractPath, body, answer.body);
    const verdict = judgeSignature(
      {
        method: "POST",
        uri,
        headers: answer.headers,
        timeHeader: "response-time",
        fallbackClientId: clientId,
        body: answer.body,
      },
      mppKey,
    );
    const out: Record<string, string> = {};
    for (const [name, value] of Object.entries(answer.headers)) if (!notForwarded.has(name)) out[name] = value;
    if (verdict.present && !verdict.valid)
      out.signature = `INVALID (${verdict.problem ?? "does not verify"})`.replace(/[^\x20-\x7e]/g, "?");
    res.writeHead(answer.status, out).end(answer.body);
  }
}
