/**
 * A tiny Alipay+ for tests: receives notifyPayment and authNotify, checks their signatures,
 * answers as scripted (signed S by default) and lets a test await arrivals without sleeping.
 */

import { once } from "node:events";
import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import { isoDateTime } from "../../src/core/isoTime";
import { formatSignatureHeader, parseSignatureHeader, sign, verify } from "../../src/core/signature";

export type Answer = "S" | "U" | "F" | "http-500" | "no-answer" | "bad-signature";

export interface ReceivedCallback {
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
  json: Record<string, unknown>;
  signatureValid: boolean;
  answeredWith: Answer;
  at: number;
}

/** What "nothing more arrives" is measured against: the MPP's retry schedule (reference-mpp/timing.ts). */
export interface NoMoreOptions {
  /** Callbacks to the path the test has accounted for; one more is the failure. Default: those arrived so far. */
  seen?: number;
  /**
   * When the MPP's clock for its next attempt started: by default the arrival of the last of those
   * `seen` (the call itself when `seen` is 0). The dispatcher schedules its next attempt once the
   * answer is back, so a retry lands about nextRetryMs after this, never before.
   */
  lastArrivalAt?: number;
  /**
   * The MPP's delay before its next attempt, from its schedule: `backoffAfter(timing, attempts)` (reference-mpp/timing.ts).
   * Where the schedule has no next attempt (acknowledged, or attempts used up), callers pass the
   * longest interval of the schedule: a wrong retry would come within it.
   */
  nextRetryMs: number;
  /** Slack for the MPP's own processing of the answer and a loaded machine. */
  marginMs: number;
}

/** The longest the proof of absence may take: the schedules in tests are short. */
export const NO_MORE_MAX_MS = 30_000;

export interface CallbackReceiver {
  baseUrl: string;
  received: ReceivedCallback[];
  /** Answers for the next callbacks to `path`, in order; afterwards S. */
  script(path: string, answers: Answer[]): void;
  /** Resolves with the callbacks to `path` (or any of several paths) once `count` arrived; rejects after timeoutMs. */
  waitFor(path: string | readonly string[], count: number, timeoutMs?: number): Promise<ReceivedCallback[]>;
  /**
   * Proves no further callback reaches `path`: resolves with the callbacks to `path` once the
   * MPP's next retry time plus a margin has passed since the last arrival; rejects as soon as one
   * more than `seen` arrives (on the arrival, not at the end of the window).
   */
  noMoreWithin(path: string, options: NoMoreOptions): Promise<ReceivedCallback[]>;
  /**
   * Resolves with the callbacks to `path` once none arrived for `quietMs`, counted from the
   * latest arrival (or from the call): a retry that a loaded machine delays is still counted,
   * where a fixed window from the call would miss it. Resolves anyway after `maxMs`.
   */
  settle(path: string, quietMs: number, maxMs?: number): Promise<ReceivedCallback[]>;
  close(): Promise<void>;
}

export async function startCallbackReceiver(keys: {
  alipayPrivateKeyPem: string;
  mppPublicKeyPem: string;
  clientId: string;
}): Promise<CallbackReceiver> {
  const received: ReceivedCallback[] = [];
  const scripts = new Map<string, Answer[]>();
  const waiters = new Set<() => void>();
  const hanging = new Set<() => void>();
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const body = Buffer.concat(chunks).toString("utf8");
      const path = req.url ?? "/";
      const answer = scripts.get(path)?.shift() ?? "S";
      const header = parseSignatureHeader(req.headers.signature as string | undefined);
      const time = req.headers["request-time"] as string | undefined;
      const clientId = (req.headers["client-id"] as string | undefined) ?? "";
      const signatureValid =
        !!header &&
        !!time &&
        verify({ method: "POST", uri: path, clientId, time, body }, header.signature, keys.mppPublicKeyPem);
      let json: Record<string, unknown> = {};
      try {
        json = JSON.parse(body) as Record<string, unknown>;
      } catch {
        /* recorded as {} */
      }
      received.push({ path, headers: req.headers, body, json, signatureValid, answeredWith: answer, at: Date.now() });
      for (const wake of waiters) wake();
      if (answer === "no-answer") {
        hanging.add(() => res.destroy());
        return;
      }
      if (answer === "http-500") {
        res.writeHead(500).end("boom");
        return;
      }
      const status = answer === "bad-signature" ? "S" : answer;
      const code = { S: "SUCCESS", U: "UNKNOWN_EXCEPTION", F: "PROCESS_FAIL" }[status];
      const text = JSON.stringify({ result: { resultCode: code, resultStatus: status, resultMessage: code } });
      const responseTime = isoDateTime(Date.now());
      const signed = sign(
        {
          method: "POST",
          uri: path,
          clientId: keys.clientId,
          time: responseTime,
          body: answer === "bad-signature" ? `${text}x` : text,
        },
        keys.alipayPrivateKeyPem,
      );
      res.writeHead(200, {
        "Content-Type": "application/json",
        "Client-Id": keys.clientId,
        "Response-Time": responseTime,
        Signature: formatSignatureHeader(signed),
      });
      res.end(text);
    });
  });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const arrived = (path: string | readonly string[]) =>
    received.filter((r) => (typeof path === "string" ? r.path === path : path.includes(r.path)));

  return {
    baseUrl,
    received,
    script: (path, answers) => void scripts.set(path, [...answers]),
    waitFor: (path, count, timeoutMs = 5_000) =>
      new Promise((resolve, reject) => {
        const check = () => {
          if (arrived(path).length < count) return;
          cleanup();
          resolve(arrived(path));
        };
        const timer = setTimeout(() => {
          cleanup();
          reject(
            new Error(
              `expected ${count} callback(s) to ${String(path)} within ${timeoutMs} ms, got ${arrived(path).length}`,
            ),
          );
        }, timeoutMs);
        const cleanup = () => {
          clearTimeout(timer);
          waiters.delete(check);
        };
        waiters.add(check);
        check();
      }),
    noMoreWithin: (path, { seen = arrived(path).length, lastArrivalAt, nextRetryMs, marginMs }) =>
      new Promise((resolve, reject) => {
        const windowMs = nextRetryMs + marginMs;
        if (!(windowMs >= 0 && windowMs <= NO_MORE_MAX_MS)) {
          reject(new Error(`noMoreWithin: a window of ${windowMs} ms is not within 0..${NO_MORE_MAX_MS} ms`));
          return;
        }
        const from = lastArrivalAt ?? arrived(path)[seen - 1]?.at ?? Date.now();
        const check = () => {
          const all = arrived(path);
          if (all.length <= seen) return;
          cleanup();
          const extra = all[seen]!;
          reject(
            new Error(
              `expected no callback to ${path} after the ${seen} seen, within ${nextRetryMs} ms (the MPP's next retry) + ${marginMs} ms; callback ${seen + 1} arrived ${extra.at - from} ms after the window opened (answered ${extra.answeredWith})`,
            ),
          );
        };
        const timer = setTimeout(
          () => {
            cleanup();
            resolve(arrived(path));
          },
          Math.max(0, from + windowMs - Date.now()),
        );
        const cleanup = () => {
          clearTimeout(timer);
          waiters.delete(check);
        };
        waiters.add(check);
        check();
      }),
    settle: (path, quietMs, maxMs = 10_000) =>
      new Promise((resolve) => {
        let quiet: NodeJS.Timeout | undefined;
        let seen = -1;
        const done = () => {
          clearTimeout(quiet);
          clearTimeout(cap);
          waiters.delete(restart);
          resolve(arrived(path));
        };
        const restart = () => {
          if (arrived(path).length === seen) return; // an arrival elsewhere does not count
          seen = arrived(path).length;
          clearTimeout(quiet);
          quiet = setTimeout(done, quietMs);
        };
        const cap = setTimeout(done, maxMs);
        waiters.add(restart);
        restart();
      }),
    close: async () => {
      for (const end of hanging) end();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
