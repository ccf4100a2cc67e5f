/** The dispatcher on its own: a stored URL that cannot be called must not take the MPP down. */

import { FaultSet } from "../faults";
import { generatePemKeyPair } from "../pemKeyPair";
import { CallbackStore } from "../store/callbackStore";
import { openDatabase } from "../store/database";
import { fastTiming } from "../timing";
import { CallbackDispatcher } from "./callbackDispatcher";

const mpp = generatePemKeyPair();
const alipay = generatePemKeyPair();

/** Resolves once `ready()` holds; polls because the dispatcher has no event for a finished attempt. */
async function until(ready: () => boolean, timeoutMs = 3_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!ready()) {
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

it.each(["http://a:99999/notify", "urn:example:notify"])(
  "gives up on %s at once, with the reason, without an unhandled rejection",
  async (url) => {
    const db = openDatabase(":memory:");
    const store = new CallbackStore(db);
    const dispatcher = new CallbackDispatcher(store, fastTiming, new FaultSet(), {
      clientId: "C",
      mppPrivateKeyPem: mpp.privateKeyPem,
      alipayPublicKeyPem: alipay.publicKeyPem,
    });
    const rejections: unknown[] = [];
    const onRejection = (reason: unknown) => rejections.push(reason);
    process.on("unhandledRejection", onRejection);
    try {
      dispatcher.enqueue("r-1", "notifyPayment", url, { paymentRequestId: "r-1" });
      await until(() => store.pending().length === 0);
      const [row] = db.prepare("SELECT state, attempts, last_problem FROM callbacks").all() as {
        state: string;
        attempts: number;
        last_problem: string;
      }[];
      expect(row).toMatchObject({ state: "exhausted", attempts: 1, last_problem: expect.stringContaining(url) });
      await new Promise((resolve) => setImmediate(resolve));
      expect(rejections).toEqual([]);
    } finally {
      process.off("unhandledRejection", onRejection);
      await dispatcher.close();
      db.close();
    }
  },
);
