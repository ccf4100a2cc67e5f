/** notifyPayment and authNotify delivery: retries until a validly signed S, same content, then silence. */
import { type Harness, longestRetryMs, payBody, RETRY_MARGIN_MS, startHarness, testKeys } from "../testing/harness";
import { verifyAsUser } from "../testing/pageDriver";

const keys = testKeys();
let h: Harness;
beforeAll(async () => {
  h = await startHarness(keys);
});
afterAll(() => h.close());

const AUTH = "/aps/api/v1/authorizations/authNotify";
const NOTIFY = "/aps/api/v1/payments/notifyPayment";

async function paidOrder(extra: Record<string, unknown>) {
  const body = payBody(extra);
  const answer = await h.call("pay", body);
  await verifyAsUser(h.mpp.baseUrl, String(answer.json.paymentUrl), String(answer.json.paymentId));
  return body;
}

it("retries notifyPayment through U, F, HTTP 500, no answer and a bad signature, with the same body, then stops", async () => {
  const path = "/retry/notify";
  h.receiver.script(path, ["U", "F", "http-500", "no-answer", "bad-signature", "S"]);
  await paidOrder({ paymentNotifyUrl: `${h.receiver.baseUrl}${path}` });
  const arrivals = await h.receiver.waitFor(path, 6, 10_000);
  expect(arrivals.map((a) => a.answeredWith)).toEqual(["U", "F", "http-500", "no-answer", "bad-signature", "S"]);
  expect(new Set(arrivals.map((a) => a.body)).size).toBe(1);
  expect(arrivals.every((a) => a.signatureValid)).toBe(true);
  // Acknowledged: the schedule has no next attempt, so a wrong retry would come within its longest interval.
  const settled = await h.receiver.noMoreWithin(path, {
    seen: 6,
    nextRetryMs: longestRetryMs(h.timing),
    marginMs: RETRY_MARGIN_MS,
  });
  expect(settled).toHaveLength(6);
});

it("retries authNotify on U and no answer, and sends none without consent", async () => {
  h.receiver.script(AUTH, ["U", "no-answer", "S"]);
  const withConsent = await paidOrder({ oneClick: true, paymentNotifyUrl: `${h.receiver.baseUrl}/consent/notify` });
  await paidOrder({ paymentNotifyUrl: `${h.receiver.baseUrl}/no-consent/notify` });
  await h.receiver.waitFor("/no-consent/notify", 1);
  const arrivals = await h.receiver.waitFor(AUTH, 3, 10_000);
  const agreement = (withConsent.authorizationInfo as { referenceAgreementId: string }).referenceAgreementId;
  expect(arrivals.every((a) => a.json.referenceAgreementId === agreement)).toBe(true);
  expect(new Set(arrivals.map((a) => a.body)).size).toBe(1);
  // Acknowledged: no next attempt in the schedule; a wrong retry would come within its longest interval.
  const settled = await h.receiver.noMoreWithin(AUTH, {
    seen: 3,
    nextRetryMs: longestRetryMs(h.timing),
    marginMs: RETRY_MARGIN_MS,
  });
  expect(settled).toHaveLength(3);
});

it("sends nothing for an evaluation", async () => {
  const path = "/evaluation/notify";
  const answer = await h.call("pay", payBody({ evaluation: true, paymentNotifyUrl: `${h.receiver.baseUrl}${path}` }));
  const answeredAt = Date.now();
  expect(answer.json.result).toMatchObject({ resultStatus: "S" });
  // A callback for it would have been queued before the answer, its first attempt due at once (no retry delay).
  const settled = await h.receiver.noMoreWithin(path, {
    seen: 0,
    lastArrivalAt: answeredAt,
    nextRetryMs: 0,
    marginMs: RETRY_MARGIN_MS,
  });
  expect(settled).toHaveLength(0);
  expect(h.receiver.received.filter((r) => r.path === NOTIFY)).toHaveLength(0);
});

it("gives up after timing.maxCallbackAttempts", async () => {
  const limited = await startHarness(keys, { timing: { maxCallbackAttempts: 3, retryBackoffMs: [20] } });
  try {
    const path = "/give-up/notify";
    limited.receiver.script(path, ["U", "U", "U", "U", "U"]);
    const body = payBody({ paymentNotifyUrl: `${limited.receiver.baseUrl}${path}` });
    const answer = await limited.call("pay", body);
    await verifyAsUser(limited.mpp.baseUrl, String(answer.json.paymentUrl), String(answer.json.paymentId));
    await limited.receiver.waitFor(path, 3);
    // Attempts used up: no next attempt in the schedule; a 4th would come within its longest interval.
    const settled = await limited.receiver.noMoreWithin(path, {
      seen: 3,
      nextRetryMs: longestRetryMs(limited.timing),
      marginMs: RETRY_MARGIN_MS,
    });
    expect(settled).toHaveLength(3);
  } finally {
    await limited.close();
  }
});
