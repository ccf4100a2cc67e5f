import type { SimulatorControl } from "../core/engine";
import type { Exchange } from "../core/trace";
import { CallbackRegistry } from "../simulator/CallbackRegistry";
import { awaitCallbacksOnceFinal, quietPeriod } from "./callbackWaits";
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

/** Polling that reports the payment final after `ms` of (fake) time; `undefined`: never. */
const finalAfter = (ms?: number): Promise<PollOutcome> =>
  new Promise((resolve) => {
    if (ms !== undefined) setTimeout(() => resolve({ final: true, finalAt: Date.now(), attempts: 3 }), ms);
  });

/** A promise whose state the test can read without awaiting it. */
function watch<T>(promise: Promise<T>): { settled: () => boolean; value: Promise<T> } {
  let done = false;
  void promise.then(() => (done = true));
  return { settled: () => done, value: promise };
}

// The waits are pure timer logic (setTimeout and Date.now): fake time proves their bounds to the millisecond.
beforeEach(() => jest.useFakeTimers());
afterEach(() => jest.useRealTimers());

describe("awaitCallbacksOnceFinal", () => {
  let registry: CallbackRegistry;
  beforeEach(() => (registry = new CallbackRegistry()));
  afterEach(() => registry.close());

  it("gives a payment that settles late the whole bound after it became final", async () => {
    const { ctx, notes } = contextWith(registry);
    // Final at 200 ms, notified at 349 ms: past the first bound (150 ms), within the bound after finality.
    const waiting = watch(awaitCallbacksOnceFinal(ctx, "p1", "notifyPayment", 1, finalAfter(200)));
    await jest.advanceTimersByTimeAsync(200 + boundMs - 1);
    expect(waiting.settled()).toBe(false);
    notifyArrives(registry, "p1");
    await jest.advanceTimersByTimeAsync(0);
    expect(waiting.settled()).toBe(true);
    expect(await waiting.value).toHaveLength(1);
    expect(notes).toEqual([]);
  });

  it("resolves on arrival, without waiting for the polling to end", async () => {
    const { ctx } = contextWith(registry);
    const waiting = watch(awaitCallbacksOnceFinal(ctx, "p2", "notifyPayment", 1, finalAfter(undefined)));
    await jest.advanceTimersByTimeAsync(20);
    expect(waiting.settled()).toBe(false);
    notifyArrives(registry, "p2");
    // No time passes: the arrival alone ends the wait.
    await jest.advanceTimersByTimeAsync(0);
    expect(waiting.settled()).toBe(true);
    expect(await waiting.value).toHaveLength(1);
  });

  it("counts what arrived while polling went on, when the payment never became final", async () => {
    const { ctx } = contextWith(registry);
    const polled = new Promise<PollOutcome>((resolve) => setTimeout(() => resolve({ final: false, attempts: 4 }), 300));
    const waiting = watch(awaitCallbacksOnceFinal(ctx, "p3", "notifyPayment", 1, polled));
    // Past the first bound (150 ms), the first wait is over; the arrival comes while polling goes on.
    await jest.advanceTimersByTimeAsync(250);
    notifyArrives(registry, "p3");
    await jest.advanceTimersByTimeAsync(50);
    expect(waiting.settled()).toBe(true);
    expect(await waiting.value).toHaveLength(1);
  });

  it("gives up exactly one bound after finality and notes the shortfall", async () => {
    const { ctx, notes } = contextWith(registry);
    const waiting = watch(awaitCallbacksOnceFinal(ctx, "p4", "notifyPayment", 1, finalAfter(100)));
    await jest.advanceTimersByTimeAsync(100 + boundMs - 1);
    expect(waiting.settled()).toBe(false);
    expect(notes).toEqual([]);
    await jest.advanceTimersByTimeAsync(1);
    expect(waiting.settled()).toBe(true);
    expect(await waiting.value).toHaveLength(0);
    expect(notes[0]).toMatch(/after the payment became final for 1 notifyPayment for p4; 0 arrived/);
  });

  it("runs the bound from the lead when that ends later than finality plus the bound", async () => {
    const { ctx } = contextWith(registry);
    // Final at 50 ms, lead 300 ms: due from 300 ms, so the wait ends at 300 + bound, not 50 + bound.
    const waiting = watch(awaitCallbacksOnceFinal(ctx, "p5", "notifyPayment", 1, finalAfter(50), 300));
    await jest.advanceTimersByTimeAsync(300 + boundMs - 1);
    expect(waiting.settled()).toBe(false);
    // At 450 ms the first wait ends and the second is armed for what is left (0 ms, which Node runs as 1 ms).
    await jest.advanceTimersByTimeAsync(2);
    expect(waiting.settled()).toBe(true);
  });
});

describe("quietPeriod", () => {
  let registry: CallbackRegistry;
  beforeEach(() => (registry = new CallbackRegistry()));
  afterEach(() => registry.close());

  it("lasts the whole bound when nothing more arrives", async () => {
    const { ctx, notes } = contextWith(registry);
    notifyArrives(registry, "q1");
    const quiet = watch(quietPeriod(ctx, "q1", "notifyPayment", 1));
    await jest.advanceTimersByTimeAsync(boundMs - 1);
    expect(quiet.settled()).toBe(false);
    await jest.advanceTimersByTimeAsync(1);
    expect(quiet.settled()).toBe(true);
    expect(notes).toEqual([]);
  });

  it("ends at the unwanted arrival and notes it", async () => {
    const { ctx, notes } = contextWith(registry);
    notifyArrives(registry, "q2");
    const quiet = watch(quietPeriod(ctx, "q2", "notifyPayment", 1));
    await jest.advanceTimersByTimeAsync(10);
    notifyArrives(registry, "q2");
    await jest.advanceTimersByTimeAsync(0);
    expect(quiet.settled()).toBe(true);
    expect(notes).toEqual(["quiet period: 2 notifyPayment arrived for q2 where 1 were expected"]);
  });
});
