/**
 * Where callbacks go once received: into the trace of the scenario that owns the payment
 * (registered by paymentRequestId), or into `unclaimed` until someone registers the id. Also
 * the event source behind waitFor / waitForRedirect: waits are woken by arrivals, bounded by
 * a timer, and released when the simulator closes.
 */
import { EventEmitter } from "node:events";
import type { Operation } from "../../generated/validate";
import { adoptExchange } from "../core/recording";
import type { Exchange, Trace } from "../core/trace";

export class CallbackRegistry {
  private readonly owners = new Map<string, Trace>();
  private readonly byId = new Map<string, Exchange[]>();
  private readonly redirects = new Map<string, string[]>();
  private readonly events = new EventEmitter().setMaxListeners(0);
  /** Callbacks no scenario has claimed (unknown or missing paymentRequestId), in arrival order. */
  readonly unclaimed: Exchange[] = [];
  /** Every callback, in arrival order (the standalone simulator's log). */
  readonly all: Exchange[] = [];
  private unclaimedCount = 0;

  /** Routes this payment's callbacks (earlier unclaimed ones included) into `trace`. */
  register(paymentRequestId: string, trace: Trace): void {
    if (this.owners.get(paymentRequestId) === trace) return;
    this.owners.set(paymentRequestId, trace);
    for (const exchange of [...this.unclaimed]) {
      if (exchange.paymentRequestId !== paymentRequestId) continue;
      this.unclaimed.splice(this.unclaimed.indexOf(exchange), 1);
      adoptExchange(trace, exchange);
    }
  }

  /**
   * The payment an authNotify belongs to when it names none: the registered payment whose pay
   * request carried this referenceAgreementId (authNotify carries the agreement, not the payment).
   */
  paymentForAgreement(referenceAgreementId: string): string | undefined {
    for (const trace of new Set(this.owners.values())) {
      for (const exchange of trace.exchanges) {
        const body = exchange.request.json as
          | { paymentRequestId?: string; authorizationInfo?: { referenceAgreementId?: string } }
          | undefined;
        if (
          exchange.api === "pay" &&
          body?.authorizationInfo?.referenceAgreementId === referenceAgreementId &&
          body.paymentRequestId &&
          this.owners.has(body.paymentRequestId)
        ) {
          return body.paymentRequestId;
        }
      }
    }
    return undefined;
  }

  /** Records a callback on arrival (its answer is filled in later) and wakes the waits. */
  record(exchange: Omit<Exchange, "id">): Exchange {
    const recorded = exchange as Exchange;
    const id = exchange.paymentRequestId;
    const owner = id === undefined ? undefined : this.owners.get(id);
    if (owner) adoptExchange(owner, recorded);
    else {
      recorded.id = `unclaimed-${++this.unclaimedCount}`;
      this.unclaimed.push(recorded);
    }
    this.all.push(recorded);
    if (id !== undefined) this.byId.set(id, [...(this.byId.get(id) ?? []), recorded]);
    this.events.emit("callback", id);
    return recorded;
  }

  received(paymentRequestId: string, api?: Operation): Exchange[] {
    return (this.byId.get(paymentRequestId) ?? []).filter((x) => api === undefined || x.api === api);
  }

  waitFor(paymentRequestId: string, api: Operation, count: number, timeoutMs: number): Promise<Exchange[]> {
    const current = () => this.received(paymentRequestId, api);
    return this.waitUntil("callback", () => current().length >= count, timeoutMs).then(current);
  }

  recordRedirect(paymentRequestId: string, url: string): void {
    this.redirects.set(paymentRequestId, [...(this.redirects.get(paymentRequestId) ?? []), url]);
    this.events.emit("redirect", paymentRequestId);
  }

  redirectsOf(paymentRequestId: string): string[] {
    return this.redirects.get(paymentRequestId) ?? [];
  }

  async waitForRedirect(paymentRequestId: string, timeoutMs: number): Promise<string | undefined> {
    await this.waitUntil("redirect", () => this.redirectsOf(paymentRequestId).length > 0, timeoutMs);
    return this.redirectsOf(paymentRequestId)[0];
  }

  /** Releases every pending wait (they resolve with what arrived). */
  close(): void {
    this.events.emit("close");
  }

  private waitUntil(event: "callback" | "redirect", done: () => boolean, timeoutMs: number): Promise<void> {
    if (done()) return Promise.resolve();
    return new Promise((resolve) => {
      const check = () => done() && finish();
      const finish = () => {
        clearTimeout(timer);
        this.events.off(event, check);
        this.events.off("close", finish);
        resolve();
      };
      const timer = setTimeout(finish, timeoutMs);
      this.events.on(event, check);
      this.events.on("close", finish);
    });
  }
}
