/** notifyPayment and authNotify delivery: retries until a validly signed S, same content, then silence. */
import { type Harness, payBody, startHarness, testKeys } from "../testing/harness";
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
  expect(await h.receiver.quietFor(path, 600)).toHaveLength(6);
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
  expect(await h.receiver.quietFor(AUTH, 400)).toHaveLength(3);
});

it("sends nothing for an evaluation", async () => {
  const path = "/evaluation/notify";
  const answer = await h.call("pay", payBody({ evaluation: true, paymentNotifyUrl: `${h.receiver.baseUrl}${path}` }));
  expect(answer.json.result).toMatchObject({ resultStatus: "S" });
  expect(await h.receiver.quietFor(path, 400)).toHaveLength(0);
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
    expect(await limited.receiver.quietFor(path, 300)).toHaveLength(3);
  } finally {
    await limited.close();
  }
});
