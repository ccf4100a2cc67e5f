/** The callback faults: each changes what reaches Alipay+ (compared with a clean MPP). */
import { validate } from "../../generated/validate";
import type { FaultId } from "../faults";
import { type Harness, payBody, startHarness, testKeys } from "../testing/harness";
import {
  AUTH_PATH,
  endedOrder,
  evaluation,
  NOTIFY_PATH,
  ownNotifyPath,
  retryQuietMs,
  settledCount,
} from "../testing/probes";

const keys = testKeys();

type Probe = (h: Harness) => Promise<unknown>;

/** authNotify bodies received (on this harness's receiver) after `act`, once its retry schedule gives no more. */
async function authNotifies(h: Harness, act: () => Promise<unknown>) {
  await act();
  return h.receiver.settle(AUTH_PATH, retryQuietMs(h));
}

const probes: [FaultId, Probe][] = [
  [
    "evaluation-notifies",
    async (h) => {
      await evaluation(h);
      return settledCount(h, NOTIFY_PATH);
    },
  ],
  ["notify-not-sent", async (h) => settledCount(h, (await endedOrder(h, "success")).notifyPath)],
  [
    "notify-ignores-notify-url",
    async (h) => {
      const ended = await endedOrder(h, "success");
      // The notifyPayment goes to one of the two: wait for it there, not for a fixed time at the default.
      await h.receiver.waitFor([ended.notifyPath, NOTIFY_PATH], 1);
      return h.receiver.received.map((r) => (r.path === ended.notifyPath ? "own" : r.path)).sort();
    },
  ],
  // Scripts are set right after the order ends: the first attempt is still on its way.
  ["notify-not-retried", (h) => scripted(h, ["U", "S"])],
  ["notify-repeated-after-ack", (h) => scripted(h, ["S"])],
  ["notify-ack-signature-ignored", (h) => scripted(h, ["bad-signature", "S"])],
  [
    "notify-retry-changes-content",
    async (h) => {
      const path = ownNotifyPath();
      h.receiver.script(path, ["U", "U", "S"]);
      await endedOrder(h, "success", { paymentNotifyUrl: `${h.receiver.baseUrl}${path}` });
      return new Set((await h.receiver.waitFor(path, 3)).map((r) => r.body)).size;
    },
  ],
  [
    "authnotify-not-sent",
    async (h) => (await authNotifies(h, () => endedOrder(h, "success", { oneClick: true }))).length,
  ],
  [
    "authnotify-without-consent",
    async (h) => (await authNotifies(h, () => endedOrder(h, "fail", { oneClick: true }))).length,
  ],
  [
    "authnotify-not-retried",
    async (h) => {
      h.receiver.script(AUTH_PATH, ["U", "S"]);
      return (await authNotifies(h, () => endedOrder(h, "success", { oneClick: true }))).length;
    },
  ],
  [
    "authnotify-wrong-agreement",
    (h) =>
      firstAuth(
        h,
        (auth, body) =>
          auth.referenceAgreementId === (body.authorizationInfo as Record<string, unknown>).referenceAgreementId,
      ),
  ],
  ["authnotify-wrong-customer", (h) => firstAuth(h, (auth) => auth.customerId)],
  ["authnotify-request-invalid", (h) => firstAuth(h, (auth) => validate("authNotify", "request", auth).valid)],
];

async function scripted(h: Harness, answers: Parameters<Harness["receiver"]["script"]>[1]): Promise<number> {
  const path = ownNotifyPath();
  h.receiver.script(path, answers);
  await endedOrder(h, "success", { paymentNotifyUrl: `${h.receiver.baseUrl}${path}` });
  return settledCount(h, path);
}

async function firstAuth(
  h: Harness,
  look: (auth: Record<string, unknown>, body: Record<string, unknown>) => unknown,
): Promise<unknown> {
  const ended = await endedOrder(h, "success", { oneClick: true });
  const [auth] = await h.receiver.waitFor(AUTH_PATH, 1);
  return look(auth!.json, ended.body);
}

describe.each(probes)("fault %s", (fault, probe) => {
  it("changes what reaches Alipay+", async () => {
    // Each side gets its own receiver: the probes count everything that arrives.
    const [clean, faulty] = await Promise.all([startHarness(keys), startHarness(keys, { faults: [fault] })]);
    try {
      const [expected, observed] = await Promise.all([probe(clean), probe(faulty)]);
      expect(observed).not.toEqual(expected);
    } finally {
      await Promise.all([clean.close(), faulty.close()]);
    }
  });
});

it("slow-inquiry answers after Alipay+'s 5 s, and close() releases an inquiry it holds instead of waiting", async () => {
  const h = await startHarness(keys, { faults: ["slow-inquiry"] });
  const started = Date.now();
  const answer = await h.inquire(String(payBody().paymentRequestId));
  // A lower bound only: a loaded machine makes it later, never earlier.
  expect(Date.now() - started).toBeGreaterThanOrEqual(5_400);
  expect(answer.json.result).toMatchObject({ resultCode: "ORDER_NOT_EXIST" });
  // A second inquiry, which the fault holds for 5.5 s; a pay (not slowed) answered after it shows the MPP has it.
  const heldSince = Date.now();
  const held = h.inquire(String(payBody().paymentRequestId));
  await h.call("pay", payBody());
  await h.close();
  const closedAt = Date.now();
  // It was held (a connection error would mean it never got in) and answered at close...
  expect((await held).json.result).toMatchObject({ resultCode: "ORDER_NOT_EXIST" });
  // ...before its slow answer was due by the fault's own schedule (5.5 s from its sending).
  expect(closedAt - heldSince).toBeLessThan(5_500);
}, 15_000);
