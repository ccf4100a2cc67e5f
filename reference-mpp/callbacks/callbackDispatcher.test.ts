/** The dispatcher on its own: a stored URL that cannot be called must not take the MPP down. */

import { FaultSet } from "../faults";
import { generatePemKeyPair } from "../pemKeyPair";
import { CallbackStore } from "../store/callbackStore";
import { openDatabase } from "../store/database";
import { fastTiming } from "../timing";
import { CallbackDispatcher } from "./callbackDispatcher";

const mpp = generatePemKeyPair();
const alipay = generatePemKeyPair();

/** Resolves on the store's first recorded attempt (an event, not a poll); rejects after `timeoutMs`. */
function firstAttempt(store: CallbackStore, timeoutMs = 3_000): Promise<void> {
  return new Promise((resolve, reject) => {
    const attempted = store.attempted.bind(store);
    const timer = setTimeout(() => reject(new Error(`no attempt recorded within ${timeoutMs} ms`)), timeoutMs);
    jest.spyOn(store, "attempted").mockImplementationOnce((...args) => {
      attempted(...args);
      clearTimeout(timer);
      resolve();
    });
  });
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
      const attempted = firstAttempt(store);
      dispatcher.enqueue("r-1", "notifyPayment", url, { paymentRequestId: "r-1" });
      await attempted;
      expect(store.pending()).toEqual([]);
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
