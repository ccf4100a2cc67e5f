/**
 * The fault catalogue: its ids are unique and cite real rules, and each fault visibly changes
 * the behaviour it claims to break (a clean MPP and a faulty one, asked the same thing, answer
 * differently). The kit's fault matrix proves each end to end against its checks.
 */
import { ruleIds } from "../generated/rules";
import { validate } from "../generated/validate";
import { type FaultId, faultCatalogue } from "./faults";
import { type Harness, payBody, startHarness, testKeys } from "./testing/harness";
import {
  endedOrder,
  evaluation,
  firstNotify,
  openPage,
  order,
  readOutbox,
  submitForm,
  verifyAsUser,
} from "./testing/probes";

const keys = testKeys();
let clean: Harness;
beforeAll(async () => {
  clean = await startHarness(keys);
});
afterAll(() => clean.close());

it("has unique fault ids, each citing a rule of generated/rules.ts", () => {
  const ids = faultCatalogue.map((f) => f.id);
  expect(new Set(ids).size).toBe(ids.length);
  for (const fault of faultCatalogue) expect(ruleIds).toContain(fault.rule);
});

it("refuses an unknown fault id at start", async () => {
  await expect(startHarness(keys, { faults: ["no-such-fault" as FaultId] })).rejects.toThrow(/Unknown fault/);
});

type Probe = (h: Harness) => Promise<unknown>;
const code = (json: Record<string, unknown>) => (json.result as { resultCode?: string } | undefined)?.resultCode;
const status = (json: Record<string, unknown>) => (json.result as { resultStatus?: string } | undefined)?.resultStatus;

const probes: [FaultId, Probe][] = [
  [
    "evaluation-creates-payment",
    async (h) => {
      const body = payBody({ evaluation: true });
      await h.call("pay", body);
      return code((await h.inquire(String(body.paymentRequestId))).json);
    },
  ],
  ["evaluation-ignores-login-id", async (h) => code((await evaluation(h, { paymentMethodId: "" })).json)],
  ["evaluation-generic-rejection", async (h) => code((await evaluation(h, { userLoginId: "852-10000002" })).json)],
  ["evaluation-unknown-for-payable", async (h) => status((await evaluation(h)).json)],
  [
    "evaluation-reserves-id",
    async (h) => {
      const body = payBody({ evaluation: true });
      await h.call("pay", body);
      return status((await order(h, { paymentRequestId: body.paymentRequestId })).answer.json);
    },
  ],
  ["order-answers-success", async (h) => status((await order(h)).answer.json)],
  ["order-without-payment-url", async (h) => "paymentUrl" in (await order(h)).answer.json],
  [
    "order-accepts-rejected-account",
    async (h) => status((await order(h, { userLoginId: "852-10000003" })).answer.json),
  ],
  [
    "order-ignores-missing-authorization-info",
    async (h) => {
      const body = payBody({ oneClick: true });
      delete body.authorizationInfo;
      return code((await h.call("pay", body)).json);
    },
  ],
  ["verification-page-not-html", async (h) => (await openPage((await order(h)).paymentUrl)).contentType.split(";")[0]],
  ["redirect-without-status", async (h) => (await endedOrder(h, "success")).redirectUrl],
  [
    "redirect-drops-query",
    async (h) => {
      const created = await order(h);
      return (await verifyAsUser(h.mpp.baseUrl, created.paymentUrl, created.paymentId)).location;
    },
  ],
  [
    "redirect-always-success",
    async (h) => {
      const { paymentUrl } = await order(h);
      let page = await openPage(paymentUrl);
      for (let i = 0; i < 3; i++)
        page = await submitForm(paymentUrl, page, { pin: "999999", smsCode: "000000", action: "verify" });
      return page.location;
    },
  ],
  [
    "no-sms-resend",
    async (h) => {
      const { paymentUrl } = await order(h);
      return (await submitForm(paymentUrl, await openPage(paymentUrl), { action: "resend" })).status;
    },
  ],
  [
    "resend-keeps-old-code",
    async (h) => {
      const { paymentUrl, paymentId } = await order(h);
      const page = await openPage(paymentUrl);
      const old = String((await readOutbox(h.mpp.baseUrl, paymentId)).body.code);
      const resent = await submitForm(paymentUrl, page, { action: "resend" });
      if (String((await readOutbox(h.mpp.baseUrl, paymentId)).body.code) === old) return "same code (1 in a million)";
      return (await submitForm(paymentUrl, resent, { pin: "123456", smsCode: old, action: "verify" })).status;
    },
  ],
  ["inquiry-unknown-as-process-fail", async (h) => code((await h.inquire("404404404")).json)],
  ["inquiry-in-process-as-unknown-result", async (h) => status((await h.inquire((await order(h)).id)).json)],
  ["inquiry-stuck-in-process", async (h) => (await h.inquire((await endedOrder(h, "success")).id)).json.paymentResult],
  ["inquiry-failure-in-process", async (h) => (await h.inquire((await endedOrder(h, "fail")).id)).json.paymentResult],
  ["inquiry-wrong-amount", async (h) => (await h.inquire((await order(h)).id)).json.paymentAmount],
  ["inquiry-ignores-acquirer", async (h) => code((await h.inquire((await order(h)).id, { acquirerId: "other" })).json)],
  ["inquiry-ignores-psp", async (h) => code((await h.inquire((await order(h)).id, { pspId: "other" })).json)],
  ["response-unsigned", async (h) => (await order(h)).answer.signatureValid],
  ["bad-signature-accepted", async (h) => code((await h.call("pay", payBody(), { signature: "bad" })).json)],
  [
    "unknown-client-accepted",
    async (h) => code((await h.call("pay", payBody(), { clientId: "SANDBOX_STRANGER" })).json),
  ],
  [
    "idempotency-new-payment",
    async (h) => {
      const body = payBody();
      // biome-ignore lint/suspicious/noSelfCompare: two calls, two answers: the point is whether they agree.
      return (await h.call("pay", body)).json.paymentId === (await h.call("pay", body)).json.paymentId;
    },
  ],
  [
    "idempotency-race",
    async (h) => {
      const body = payBody();
      const answers = await Promise.all([1, 2, 3].map(() => h.call("pay", body)));
      return new Set(answers.map((a) => a.json.paymentId)).size;
    },
  ],
  [
    "inconsistent-repeat-accepted",
    async (h) => {
      const body = payBody();
      await h.call("pay", body);
      return code((await h.call("pay", { ...body, paymentAmount: { currency: "HKD", value: "1" } })).json);
    },
  ],
  ["legacy-result-envelope", async (h) => Object.keys((await evaluation(h)).json).sort()],
  ["lowercase-status", async (h) => status((await evaluation(h)).json)],
  ["code-status-mismatch", async (h) => code((await evaluation(h)).json)],
  [
    "numbers-not-strings",
    async (h) => typeof ((await h.inquire((await order(h)).id)).json.paymentAmount as { value: unknown }).value,
  ],
  ["empty-strings", async (h) => (await evaluation(h)).json.paymentId],
  ["pay-response-invalid", async (h) => validate("pay", "response", (await order(h)).answer.json).valid],
  [
    "inquiry-response-invalid",
    async (h) => validate("inquiryPayment", "response", (await h.inquire((await order(h)).id)).json).valid,
  ],
  ["malformed-json-500", async (h) => (await h.callRaw("pay", "{nope")).status],
  ["schema-invalid-500", async (h) => (await h.call("pay", { acquirerId: 1 })).status],
  [
    "oversized-body-500",
    async (h) => (await h.callRaw("pay", JSON.stringify(payBody({ passThroughInfo: "x".repeat(100_000) })))).status,
  ],
  ["errors-as-http-400", async (h) => (await h.call("pay", payBody(), { signature: "none" })).status],
  [
    "expiry-ignored",
    async (h) => {
      const expiry = new Date(Date.now() + 1_000).toISOString().replace(/\.\d+Z$/, "Z");
      const path = `/expiry/${Date.now()}`;
      const ended = await order(h, { paymentExpiryTime: expiry, paymentNotifyUrl: `${h.receiver.baseUrl}${path}` });
      await h.receiver.waitFor(path, 1, 5_000); // the expiry's notifyPayment: the order is closed by now (the fault only bends inquiry)
      return (await h.inquire(ended.id)).json.paymentResult;
    },
  ],
  [
    "expiry-notified-generic",
    async (h) => {
      const path = `/expiry-notify/${Date.now()}`;
      const expiry = new Date(Date.now() + 1_000).toISOString().replace(/\.\d+Z$/, "Z");
      await order(h, { paymentExpiryTime: expiry, paymentNotifyUrl: `${h.receiver.baseUrl}${path}` });
      return (await h.receiver.waitFor(path, 1, 5_000))[0]!.json.paymentResult;
    },
  ],
  ["notify-as-unknown", async (h) => (await firstNotify(h, "success")).json.paymentResult],
  ["notify-wrong-amount", async (h) => (await firstNotify(h, "success")).json.paymentAmount],
  ["notify-disagrees-with-inquiry", async (h) => (await firstNotify(h, "fail")).json.paymentResult],
  [
    "notify-request-invalid",
    async (h) => validate("notifyPayment", "request", (await firstNotify(h, "success")).json).valid,
  ],
  ["callback-wrongly-signed", async (h) => (await firstNotify(h, "success")).signatureValid],
];

describe.each(probes)("fault %s", (fault, probe) => {
  it("changes what the MPP does", async () => {
    const faulty = await startHarness(keys, { faults: [fault] });
    try {
      const [expected, observed] = await Promise.all([probe(clean), probe(faulty)]);
      expect(observed).not.toEqual(expected);
    } finally {
      await faulty.close();
    }
  });
});

it("code-status-mismatch does what the catalogue (quoted in fault-matrix reports) says", async () => {
  const faulty = await startHarness(keys, { faults: ["code-status-mismatch"] });
  try {
    const result = (await evaluation(faulty)).json.result as { resultStatus: string; resultCode: string };
    const entry = faultCatalogue.find((f) => f.id === "code-status-mismatch")!;
    expect(entry.description).toContain(`${result.resultStatus} with resultCode ${result.resultCode}`);
  } finally {
    await faulty.close();
  }
});
