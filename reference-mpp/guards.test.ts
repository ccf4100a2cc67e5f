/** Signatures, bad input, idempotency: what the MPP refuses and what it answers only once. */
import { request } from "node:http";
import { validate } from "../generated/validate";
import { type Harness, payBody, startHarness, testKeys } from "./testing/harness";
import { order, verifyAsUser } from "./testing/probes";

const keys = testKeys();
let h: Harness;
beforeAll(async () => {
  h = await startHarness(keys);
});
afterAll(() => h.close());

describe("signatures and clients", () => {
  it.each([
    ["a bad signature", { signature: "bad" as const }, "INVALID_SIGNATURE"],
    ["no signature", { signature: "none" as const }, "INVALID_SIGNATURE"],
    ["an unknown Client-Id", { clientId: "SANDBOX_SOMEONE_ELSE" }, "INVALID_CLIENT"],
  ])("answers %s with signed 200 F %s and creates nothing", async (_what, options, code) => {
    const body = payBody();
    const answer = await h.call("pay", body, options);
    expect(answer.status).toBe(200);
    expect(answer.signatureValid).toBe(true);
    expect(answer.json.result).toMatchObject({ resultStatus: "F", resultCode: code });
    expect((await h.inquire(String(body.paymentRequestId))).json.result).toMatchObject({
      resultCode: "ORDER_NOT_EXIST",
    });
  });
});

describe("bad input", () => {
  it("answers malformed JSON with signed 200 F PARAM_ILLEGAL", async () => {
    for (const api of ["pay", "inquiryPayment"] as const) {
      const answer = await h.callRaw(api, '{"acquirerId": ');
      expect(answer.status).toBe(200);
      expect(answer.signatureValid).toBe(true);
      expect(answer.json.result).toMatchObject({ resultStatus: "F", resultCode: "PARAM_ILLEGAL" });
    }
  });

  it.each([
    ["a missing paymentRequestId", (b: Record<string, unknown>) => delete b.paymentRequestId],
    ["a number amount", (b: Record<string, unknown>) => ((b.paymentAmount as Record<string, unknown>).value = 1000)],
    ["an over-long paymentRequestId", (b: Record<string, unknown>) => (b.paymentRequestId = "9".repeat(65))],
    [
      "a boolean flag",
      (b: Record<string, unknown>) => ((b.paymentFactor as Record<string, unknown>).isPaymentEvaluation = true),
    ],
  ])("answers %s with F PARAM_ILLEGAL naming the problem", async (_what, breakIt) => {
    const body = payBody();
    breakIt(body);
    const answer = await h.call("pay", body);
    expect(answer.status).toBe(200);
    expect(answer.json.result).toMatchObject({
      resultStatus: "F",
      resultCode: "PARAM_ILLEGAL",
      resultMessage: expect.stringMatching(/^\$.* must /),
    });
    expect(validate("pay", "response", answer.json)).toEqual({ valid: true });
  });

  it("refuses a body over 64 KiB and stays up", async () => {
    const body = JSON.stringify(payBody({ passThroughInfo: "x".repeat(200_000) }));
    const answer = await h.callRaw("pay", body);
    expect(answer.status).toBe(200);
    expect(answer.json.result).toMatchObject({ resultStatus: "F", resultCode: "PARAM_ILLEGAL" });
    expect((await h.inquire("1")).json.result).toMatchObject({ resultCode: "ORDER_NOT_EXIST" });
  });

  it("refuses an endless chunked body without buffering it", async () => {
    const url = new URL(`${h.mpp.baseUrl}/aps/api/v1/payments/pay`);
    const status = await new Promise<number>((resolve, reject) => {
      const req = request(
        url,
        { method: "POST", headers: { "Content-Type": "application/json", "Transfer-Encoding": "chunked" } },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      );
      req.on("error", () => resolve(-1)); // cut off: also acceptable, the server must just survive
      const chunk = Buffer.alloc(64 * 1024, 0x20);
      let sent = 0;
      const pump = () => {
        while (sent < 40 * 1024 * 1024) {
          sent += chunk.length;
          if (!req.write(chunk)) return void req.once("drain", pump);
        }
        req.end();
      };
      pump();
      setTimeout(() => reject(new Error("no answer")), 20_000).unref();
    });
    expect([200, -1]).toContain(status);
    expect((await h.inquire("1")).json.result).toMatchObject({ resultCode: "ORDER_NOT_EXIST" });
  });
});

describe("idempotency on paymentRequestId", () => {
  it("answers a repeat with the same answer and paymentId", async () => {
    const body = payBody();
    const first = await h.call("pay", body);
    const second = await h.call("pay", body);
    expect(second.json).toEqual(first.json);
  });

  it("creates one payment for concurrent duplicates", async () => {
    const body = payBody();
    const answers = await Promise.all([1, 2, 3, 4].map(() => h.call("pay", body)));
    const ids = new Set(answers.map((a) => a.json.paymentId));
    expect(ids.size).toBe(1);
    expect([...ids][0]).toEqual(expect.any(String));
  });

  it.each([
    ["amount", (b: Record<string, unknown>) => (b.paymentAmount = { currency: "HKD", value: "2000" })],
    [
      "payment method",
      (b: Record<string, unknown>) =>
        (b.paymentMethod = { paymentMethodType: "ALIPAY_HK", paymentMethodId: "pm-10000001" }),
    ],
    [
      "acquirerId (another acquirer must not get this order's paymentUrl)",
      (b: Record<string, unknown>) => (b.acquirerId = "1022188000000000999"),
    ],
    ["pspId", (b: Record<string, unknown>) => (b.pspId = "1022160000000000999")],
  ])("answers a repeat with a changed %s with F REPEAT_REQ_INCONSISTENT", async (_what, change) => {
    const body = payBody();
    const first = await h.call("pay", body);
    change(body);
    const repeat = await h.call("pay", body);
    expect(repeat.json.result).toMatchObject({ resultStatus: "F", resultCode: "REPEAT_REQ_INCONSISTENT" });
    expect(repeat.json.paymentUrl).toBeUndefined();
    const inquiry = await h.inquire(String(body.paymentRequestId));
    expect(inquiry.json.paymentId).toBe(first.json.paymentId);
  });

  it("answers evaluations afresh every time", async () => {
    const body = payBody({ evaluation: true });
    const first = await h.call("pay", body);
    const repeat = await h.call("pay", { ...body, paymentAmount: { currency: "HKD", value: "5" } });
    expect(first.json.result).toMatchObject({ resultStatus: "S" });
    expect(repeat.json.result).toMatchObject({ resultStatus: "S" });
  });
});

describe("logs", () => {
  it("name a failing page request by its path, never with the paymentUrl's token", async () => {
    // An unparseable redirect URL makes the redirect-drops-query fault throw at the page's end.
    const faulty = await startHarness(keys, { faults: ["redirect-drops-query"] });
    const logged = jest.spyOn(console, "error").mockImplementation(() => undefined);
    try {
      const created = await order(faulty, { paymentRedirectUrl: "http://a:99999/r" });
      const token = new URL(created.paymentUrl).searchParams.get("token")!;
      expect((await verifyAsUser(faulty.mpp.baseUrl, created.paymentUrl, created.paymentId)).status).toBe(500);
      const lines = logged.mock.calls.map((call) => call.join(" "));
      expect(lines).toContainEqual(expect.stringContaining(`/verify/${created.paymentId}`));
      expect(lines.join("\n")).not.toContain(token);
    } finally {
      logged.mockRestore();
      await faulty.close();
    }
  });
});
