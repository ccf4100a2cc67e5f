/**
 * Delivers notifyPayment and authNotify from the outbox table: signed, bounded by
 * timing.callbackTimeoutMs, retried with backoff until Alipay+ acknowledges with a validly
 * signed S or the attempts run out. Timers, not polling: each pending callback has exactly one
 * timer, armed at enqueue, after each attempt, and for every pending row on start.
 */

import type { CallbackOperation } from "../../generated/validate";
import { isoDateTime } from "../../src/core/isoTime";
import { formatSignatureHeader, parseSignatureHeader, sign, verify } from "../../src/core/signature";
import type { FaultSet } from "../faults";
import type { CallbackRecord, CallbackStore } from "../store/callbackStore";
import { backoffAfter, type Timing } from "../timing";
import { alterAmount } from "./callbackBodies";
import { isCallableUrl } from "./callbackUrl";

export interface CallbackKeys {
  clientId: string;
  mppPrivateKeyPem: string;
  alipayPublicKeyPem: string;
}

type Verdict = { acknowledged: true } | { acknowledged: false; problem: string };

export class CallbackDispatcher {
  private readonly timers = new Map<number, NodeJS.Timeout>();
  private readonly inFlight = new Set<Promise<void>>();
  /** One controller per attempt in flight, aborted on close (cheaper than a shared signal with many listeners). */
  private readonly requests = new Set<AbortController>();
  private closed = false;

  constructor(
    private readonly store: CallbackStore,
    private readonly timing: Timing,
    private readonly faults: FaultSet,
    private readonly keys: CallbackKeys,
  ) {}

  /** Re-arms every callback left pending by an earlier run (e.g. before a kill -9). */
  resume(): void {
    for (const callback of this.store.pending()) this.arm(callback);
  }

  enqueue(paymentRequestId: string, api: CallbackOperation, url: string, body: object): void {
    const notRetried =
      api === "notifyPayment" ? this.faults.has("notify-not-retried") : this.faults.has("authnotify-not-retried");
    const callback = this.store.add({
      paymentRequestId,
      api,
      url,
      body: JSON.stringify(body),
      maxAttempts: notRetried ? 1 : this.timing.maxCallbackAttempts,
      nextAt: Date.now(),
    });
    this.arm(callback);
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const request of this.requests) request.abort(new Error("reference MPP closing"));
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
    await Promise.allSettled([...this.inFlight]);
  }

  private arm(callback: CallbackRecord): void {
    if (this.closed) return;
    clearTimeout(this.timers.get(callback.id));
    const delay = Math.max(0, callback.nextAt - Date.now());
    this.timers.set(
      callback.id,
      setTimeout(() => {
        this.timers.delete(callback.id);
        // A timer's promise has no caller to reject to: an error here would crash the process.
        const attempt = this.attempt(callback.id)
          .catch((error: unknown) =>
            console.error(
              `reference-mpp: ${callback.api} #${callback.id}: ${error instanceof Error ? error.message : String(error)}`,
            ),
          )
          .finally(() => this.inFlight.delete(attempt));
        this.inFlight.add(attempt);
      }, delay),
    );
  }

  private async attempt(id: number): Promise<void> {
    const callback = this.store.get(id);
    if (callback?.state !== "pending") return;
    if (!isCallableUrl(callback.url)) {
      // No retry can fix the address: give up now rather than spend every attempt on it.
      this.store.attempted(id, {
        state: "exhausted",
        nextAt: Date.now(),
        problem: `not a callable http(s) URL: ${callback.url}`,
      });
      return;
    }
    const verdict = await this.send(callback);
    // Closing mid-flight: leave the row pending so the next start sends it again.
    if (this.closed) return;
    const attempts = callback.attempts + 1;
    if (verdict.acknowledged) {
      this.store.attempted(id, { state: "acknowledged", nextAt: Date.now(), problem: null });
      if (
        callback.api === "notifyPayment" &&
        this.faults.has("notify-repeated-after-ack") &&
        attempts < callback.maxAttempts
      ) {
        this.store.reopen(id, Date.now() + backoffAfter(this.timing, 1));
        this.arm(this.store.get(id)!);
      }
      return;
    }
    const exhausted = attempts >= callback.maxAttempts;
    const nextAt = Date.now() + backoffAfter(this.timing, attempts);
    this.store.attempted(id, { state: exhausted ? "exhausted" : "pending", nextAt, problem: verdict.problem });
    if (!exhausted) this.arm(this.store.get(id)!);
  }

  private async send(callback: CallbackRecord): Promise<Verdict> {
    const body = this.bodyFor(callback);
    const uri = requestUri(callback.url);
    const requestTime = isoDateTime(Date.now());
    const signed = { method: "POST", uri, clientId: this.keys.clientId, time: requestTime, body };
    const signature = this.faults.has("callback-wrongly-signed")
      ? sign({ ...signed, body: `${body} ` }, this.keys.mppPrivateKeyPem)
      : sign(signed, this.keys.mppPrivateKeyPem);
    const request = new AbortController();
    const timeout = setTimeout(
      () => request.abort(new Error(`no acknowledgement within ${this.timing.callbackTimeoutMs} ms`)),
      this.timing.callbackTimeoutMs,
    );
    this.requests.add(request);
    try {
      const response = await fetch(callback.url, {
        method: "POST",
        headers: {
          "Content-Type": "application/json; charset=UTF-8",
          "Client-Id": this.keys.clientId,
          "Request-Time": requestTime,
          Signature: formatSignatureHeader(signature),
        },
        body,
        signal: request.signal,
      });
      const text = await response.text();
      return this.judge(callback.api, uri, response, text);
    } catch (error) {
      const reason: unknown = request.signal.aborted ? request.signal.reason : error;
      return { acknowledged: false, problem: reason instanceof Error ? reason.message : String(reason) };
    } finally {
      clearTimeout(timeout);
      this.requests.delete(request);
    }
  }

  /** Same bytes on every attempt, except under the fault that changes them on retries. */
  private bodyFor(callback: CallbackRecord): string {
    if (callback.attempts === 0 || callback.api !== "notifyPayment" || !this.faults.has("notify-retry-changes-content"))
      return callback.body;
    return JSON.stringify(alterAmount(JSON.parse(callback.body) as Record<string, unknown>, callback.attempts));
  }

  private judge(api: CallbackOperation, uri: string, response: Response, text: string): Verdict {
    if (response.status !== 200) return { acknowledged: false, problem: `HTTP ${response.status}` };
    const skipSignature = api === "notifyPayment" && this.faults.has("notify-ack-signature-ignored");
    if (!skipSignature) {
      const header = parseSignatureHeader(response.headers.get("signature") ?? undefined);
      const responseTime = response.headers.get("response-time");
      const clientId = response.headers.get("client-id") ?? this.keys.clientId;
      if (!header || !responseTime) return { acknowledged: false, problem: "acknowledgement is not signed" };
      const parts = { method: "POST", uri, clientId, time: responseTime, body: text };
      if (!verify(parts, header.signature, this.keys.alipayPublicKeyPem)) {
        return { acknowledged: false, problem: "acknowledgement signature does not verify" };
      }
    }
    let status: unknown;
    try {
      status = (JSON.parse(text) as { result?: { resultStatus?: unknown } }).result?.resultStatus;
    } catch {
      return { acknowledged: false, problem: "acknowledgement is not JSON" };
    }
    return status === "S"
      ? { acknowledged: true }
      : { acknowledged: false, problem: `acknowledged with resultStatus ${String(status)}` };
  }
}

function requestUri(url: string): string {
  const parsed = new URL(url);
  return `${parsed.pathname}${parsed.search}`;
}
