/**
 * Small end-to-end moves for fault tests: each returns one observable value, so a test can show
 * that a fault changes exactly what it claims to.
 */
import type { Harness } from "./harness";
import { longestRetryMs, payBody, RETRY_MARGIN_MS } from "./harness";
import { openPage, readOutbox, submitForm, verifyAsUser } from "./pageDriver";

export { AUTH_NOTIFY_PATH as AUTH_PATH, NOTIFY_PAYMENT_PATH as NOTIFY_PATH } from "../payments/paymentLifecycle";

let counter = 0;
/** A notify URL of its own, so probes on a shared server do not see each other's callbacks. */
export function ownNotifyPath(): string {
  counter += 1;
  return `/probe/${counter}/notify`;
}

export async function evaluation(h: Harness, extra: Record<string, unknown> = {}) {
  return h.call("pay", payBody({ evaluation: true, ...extra }));
}

export async function order(h: Harness, extra: Record<string, unknown> = {}) {
  const body = payBody(extra);
  const answer = await h.call("pay", body);
  return {
    body,
    answer,
    paymentId: String(answer.json.paymentId),
    paymentUrl: String(answer.json.paymentUrl),
    id: String(body.paymentRequestId),
  };
}

/** Creates an order with its own notify URL and ends it via the sandbox hook. */
export async function endedOrder(h: Harness, outcome: "success" | "fail", extra: Record<string, unknown> = {}) {
  const notifyPath = ownNotifyPath();
  const created = await order(h, { paymentNotifyUrl: `${h.receiver.baseUrl}${notifyPath}`, ...extra });
  const hook = await fetch(`${h.mpp.baseUrl}/sandbox/verify`, {
    method: "POST",
    body: JSON.stringify({ paymentId: created.paymentId, outcome }),
  });
  const { redirectUrl } = (await hook.json()) as { redirectUrl: string };
  return { ...created, notifyPath, redirectUrl };
}

/** The first notifyPayment of an order that ended with `outcome`. */
export async function firstNotify(h: Harness, outcome: "success" | "fail", extra: Record<string, unknown> = {}) {
  const ended = await endedOrder(h, outcome, extra);
  const [notify] = await h.receiver.waitFor(ended.notifyPath, 1);
  return notify!;
}

/**
 * The quiet gap after which a probe stops counting, from the MPP's retry schedule: after an
 * answered attempt, its next one (right or wrong) comes within the longest retry interval; a
 * first attempt is due at once. The probes' scripts answer every attempt (no "no-answer").
 */
export function retryQuietMs(h: Harness): number {
  return longestRetryMs(h.timing) + RETRY_MARGIN_MS;
}

/** How many callbacks arrived at `path` once the MPP's retry schedule gives no more (counted from the latest). */
export async function settledCount(h: Harness, path: string): Promise<number> {
  return (await h.receiver.settle(path, retryQuietMs(h))).length;
}

export { openPage, readOutbox, submitForm, verifyAsUser };
