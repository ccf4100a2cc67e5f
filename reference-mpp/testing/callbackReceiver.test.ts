/**
 * The test receiver's waits, on a fake clock (its timers) over real sockets (the arrivals):
 * settle() counts until a quiet gap, noMoreWithin() fails on the arrival that should not come.
 */

import { generatePemKeyPair } from "../pemKeyPair";
import { type CallbackReceiver, startCallbackReceiver } from "./callbackReceiver";

const keys = generatePemKeyPair();
// A wait on the fake clock that the code under test fails to end would otherwise hang for the default 60 s.
jest.setTimeout(10_000);
let receiver: CallbackReceiver;

beforeEach(async () => {
  receiver = await startCallbackReceiver({
    alipayPrivateKeyPem: keys.privateKeyPem,
    mppPublicKeyPem: keys.publicKeyPem,
    clientId: "C",
  });
  // After the server is up: only the receiver's own timers run on the fake clock.
  jest.useFakeTimers({ doNotFake: ["nextTick", "setImmediate", "queueMicrotask"] });
});
afterEach(async () => {
  jest.useRealTimers();
  await receiver.close();
});

/** One arrival at `path`, complete once the receiver has recorded and answered it. */
const post = (path: string) =>
  fetch(`${receiver.baseUrl}${path}`, { method: "POST", body: "{}", signal: AbortSignal.timeout(5_000) }).then((r) =>
    r.text(),
  );

/** A promise whose state the test can read without awaiting it; a rejection counts as settled. */
function watch<T>(promise: Promise<T>): { settled: () => boolean; value: Promise<T> } {
  let done = false;
  promise.then(
    () => (done = true),
    () => (done = true),
  );
  return { settled: () => done, value: promise };
}

const advance = (ms: number) => jest.advanceTimersByTimeAsync(ms);

it("settle() keeps counting while callbacks keep coming, and ignores other paths", async () => {
  const settled = watch(receiver.settle("/counted", 500));
  // Five arrivals 499 ms apart: 1996 ms in all, four times the 500 ms quiet gap.
  for (let i = 0; i < 5; i++) {
    if (i > 0) await advance(499);
    expect(settled.settled()).toBe(false);
    await post("/counted");
  }
  await advance(250);
  await post("/elsewhere"); // does not restart the gap
  await advance(249);
  expect(settled.settled()).toBe(false);
  await advance(1);
  expect(settled.settled()).toBe(true);
  expect(await settled.value).toHaveLength(5);
});

describe("noMoreWithin()", () => {
  it("resolves once the next retry time plus the margin has passed since the last arrival, not since the call", async () => {
    await post("/n");
    await advance(100);
    const quiet = watch(receiver.noMoreWithin("/n", { seen: 1, nextRetryMs: 200, marginMs: 50 }));
    await post("/elsewhere");
    await advance(149);
    expect(quiet.settled()).toBe(false);
    await advance(1);
    expect(quiet.settled()).toBe(true);
    expect(await quiet.value).toHaveLength(1);
  });

  it("fails on the unexpected arrival itself, before its window ends", async () => {
    await post("/n");
    const quiet = watch(receiver.noMoreWithin("/n", { seen: 1, nextRetryMs: 5_000, marginMs: 50 }));
    await advance(10);
    expect(quiet.settled()).toBe(false);
    // The fake clock stands still from here: only the arrival can end the wait.
    await post("/n");
    await expect(quiet.value).rejects.toThrow(/no callback to \/n after the 1 seen.*callback 2 arrived 10 ms after/);
  });

  it("fails at once when more than `seen` have arrived already, and measures from lastArrivalAt when given", async () => {
    await post("/n");
    await expect(receiver.noMoreWithin("/n", { seen: 0, nextRetryMs: 0, marginMs: 50 })).rejects.toThrow(
      /callback 1 arrived/,
    );
    const from = Date.now() + 300;
    const quiet = watch(receiver.noMoreWithin("/n", { lastArrivalAt: from, nextRetryMs: 0, marginMs: 50 }));
    await advance(349);
    expect(quiet.settled()).toBe(false);
    await advance(1);
    expect(await quiet.value).toHaveLength(1);
  });

  it("refuses a window it could not bound", async () => {
    await expect(receiver.noMoreWithin("/n", { nextRetryMs: 60_000, marginMs: 50 })).rejects.toThrow(/not within/);
  });
});
