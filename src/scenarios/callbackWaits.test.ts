import { setTimeout as delay } from "node:timers/promises";
import type { SimulatorControl } from "../core/engine";
import type { Exchange } from "../core/trace";
import { CallbackRegistry } from "../simulator/CallbackRegistry";
import { awaitCallbacksOnceFinal } from "./callbackWaits";
import type { ScenarioContext } from "./context";
import type { PollOutcome } from "./pollInquiry";
import { testKitConfig } from "./testing/kitConfig";

const boundMs = 150;

/** A scenario context whose simulator is the real callback registry (arrivals wake the waits). */
function contextWith(registry: CallbackRegistry): { ctx: ScenarioContext; notes: string[] } {
  const base = testKitConfig();
  const notes: string[] = [];
  const simulator: Pick<SimulatorControl, "waitFor" | "received"> = {
    waitFor: (id, api, count, timeoutMs) => registry.waitFor(id, api, count, timeoutMs),
    received: (id, api) => registry.received(id, api),
  };
  const ctx = {
    config: { ...base, timing: { ...base.timing, callbackWaitMs: boundMs } },
    simulator,
    note: (text: string) => notes.push(text),
  };
  return { ctx: ctx as unknown as ScenarioContext, notes };
}

function notifyArrives(registry: CallbackRegistry, id: string): void {
  const exchange: Omit<Exchange, "id"> = {
    step: "callback",
    direction: "from-mpp",
    api: "notifyPayment",
    method: "POST",
    url: "http://127.0.0.1:1/n",
    paymentRequestId: id,
    startedAt: Date.now(),
    durationMs: 0,
    request: { headers: {}, body: "{}" },
  };
  registry.record(exchange);
}

/** Ends the pending delays of a test, so none outlives it. */
let pending = new AbortController();

/** Polling that reports the payment final after `ms` (or never, once the test is over). */
const finalAfter = (ms: number): Promise<PollOutcome> =>
  delay(ms, undefined, { signal: pending.signal }).then(
    () => ({ final: true, finalAt: Date.now(), attempts: 3 }),
    () => ({ final: false, attempts: 0 }),
  );

describe("awaitCallbacksOnceFinal", () => {
  let registry: CallbackRegistry;
  beforeEach(() => {
    registry = new CallbackRegistry();
    pending = new AbortController();
  });
  afterEach(() => {
    pending.abort();
    registry.close();
  });

  it("gives a payment that settles late the whole bound after it became final", async () => {
    const { ctx, notes } = contextWith(registry);
    // Final at 200 ms, notified at 300 ms: past the first bound (150 ms), within the bound after finality.
    setTimeout(() => notifyArrives(registry, "p1"), 300);
    const arrived = await awaitCallbacksOnceFinal(ctx, "p1", "notifyPayment", 1, finalAfter(200));
    expect(arrived).toHaveLength(1);
    expect(notes).toEqual([]);
  });

  it("resolves on arrival, without waiting for the polling to end", async () => {
    const { ctx } = contextWith(registry);
    setTimeout(() => notifyArrives(registry, "p2"), 20);
    const started = Date.now();
    const arrived = await awaitCallbacksOnceFinal(ctx, "p2", "notifyPayment", 1, finalAfter(5_000));
    expect(arrived).toHaveLength(1);
    expect(Date.now() - started).toBeLessThan(1_000);
  });

  it("counts what arrived while polling went on, when the payment never became final", async () => {
    const { ctx } = contextWith(registry);
    setTimeout(() => notifyArrives(registry, "p3"), 250);
    const polled = delay(300).then((): PollOutcome => ({ final: false, attempts: 4 }));
    const arrived = await awaitCallbacksOnceFinal(ctx, "p3", "notifyPayment", 1, polled);
    expect(arrived).toHaveLength(1);
  });

  it("gives up one bound after finality and notes the shortfall", async () => {
    const { ctx, notes } = contextWith(registry);
    const started = Date.now();
    const arrived = await awaitCallbacksOnceFinal(ctx, "p4", "notifyPayment", 1, finalAfter(100));
    const waited = Date.now() - started;
    expect(arrived).toHaveLength(0);
    expect(waited).toBeGreaterThanOrEqual(100 + boundMs - 10);
    expect(waited).toBeLessThan(100 + boundMs + 500);
    expect(notes[0]).toMatch(/after the payment became final for 1 notifyPayment for p4; 0 arrived/);
  });
});
