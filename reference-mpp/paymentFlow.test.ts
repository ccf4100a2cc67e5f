/** The two-phase pay, the verification page and inquiryPayment, over real sockets. */
import { parse } from "node-html-parser";
import { validate } from "../generated/validate";
import { type Harness, newRequestId, payBody, seedRedirectUrl, startHarness, testKeys } from "./testing/harness";
import { openPage, readOutbox, submitForm, verifyAsUser } from "./testing/pageDriver";

const keys = testKeys();
let h: Harness;
beforeAll(async () => {
  h = await startHarness(keys);
});
afterAll(() => h.close());

const AUTH = "/aps/api/v1/authorizations/authNotify";

async function order(overrides: Record<string, unknown> = {}) {
  const body = payBody(overrides);
  const answer = await h.call("pay", body);
  return { body, answer, paymentId: String(answer.json.paymentId), paymentUrl: String(answer.json.paymentUrl) };
}

describe("evaluation (phase 1)", () => {
  it("answers a correctly signed evaluation with a signed, schema-valid S", async () => {
    const answer = await h.call("pay", payBody({ evaluation: true, paymentMethodId: "" }));
    expect(answer.status).toBe(200);
    expect(answer.signatureValid).toBe(true);
    expect(answer.headers.get("response-time")).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$/);
    expect(validate("pay", "response", answer.json)).toEqual({ valid: true });
    expect(answer.json.result).toMatchObject({ resultCode: "SUCCESS", resultStatus: "S" });
    expect(answer.json.customerId).toBe("2160220000000001");
  });

  it.each([
    ["852-10000002", "F", "USER_STATUS_ABNORMAL"],
    ["852-10000003", "F", "USER_BALANCE_NOT_ENOUGH"],
    ["852-10000004", "F", "USER_KYC_NOT_QUALIFIED"],
    ["852-19999999", "F", "USER_NOT_EXIST"],
    ["852-10000005", "U", "UNKNOWN_EXCEPTION"],
  ])("answers %s with %s %s", async (userLoginId, status, code) => {
    const answer = await h.call("pay", payBody({ evaluation: true, userLoginId }));
    expect(answer.json.result).toMatchObject({ resultStatus: status, resultCode: code });
    expect(validate("pay", "response", answer.json)).toEqual({ valid: true });
  });

  it("finds the account by paymentMethodId first", async () => {
    const answer = await h.call(
      "pay",
      payBody({ evaluation: true, paymentMethodId: "pm-10000003", userLoginId: "852-10000001" }),
    );
    expect(answer.json.result).toMatchObject({ resultCode: "USER_BALANCE_NOT_ENOUGH" });
  });

  it("creates nothing: inquiry says ORDER_NOT_EXIST and the id is free for a real order", async () => {
    const id = newRequestId();
    await h.call("pay", payBody({ evaluation: true, paymentRequestId: id }));
    expect((await h.inquire(id)).json.result).toMatchObject({ resultStatus: "F", resultCode: "ORDER_NOT_EXIST" });
    const created = await h.call("pay", payBody({ paymentRequestId: id }));
    expect(created.json.result).toMatchObject({ resultStatus: "U", resultCode: "PAYMENT_IN_PROCESS" });
  });
});

describe("order creation (phase 2)", () => {
  it("answers U PAYMENT_IN_PROCESS with paymentUrl, paymentId and customerId, never S", async () => {
    const { answer } = await order();
    expect(answer.signatureValid).toBe(true);
    expect(validate("pay", "response", answer.json)).toEqual({ valid: true });
    expect(answer.json).toMatchObject({
      result: { resultStatus: "U", resultCode: "PAYMENT_IN_PROCESS" },
      customerId: "2160220000000001",
    });
    expect(String(answer.json.paymentUrl)).toMatch(new RegExp(`^${h.mpp.baseUrl}/verify/\\d+\\?token=[\\w-]{20,}$`));
  });

  it("rejects accounts that cannot pay with their specific code", async () => {
    const { answer, body } = await order({ userLoginId: "852-10000003" });
    expect(answer.json.result).toMatchObject({ resultStatus: "F", resultCode: "USER_BALANCE_NOT_ENOUGH" });
    const inquiry = await h.inquire(String(body.paymentRequestId));
    expect(inquiry.json.paymentResult).toMatchObject({ resultStatus: "F", resultCode: "USER_BALANCE_NOT_ENOUGH" });
  });

  it("refuses isAuthorizationAndPay without authorizationInfo with PARAM_ILLEGAL and creates nothing", async () => {
    const body = payBody({ oneClick: true });
    delete body.authorizationInfo;
    const answer = await h.call("pay", body);
    expect(answer.json.result).toMatchObject({ resultStatus: "F", resultCode: "PARAM_ILLEGAL" });
    expect((await h.inquire(String(body.paymentRequestId))).json.result).toMatchObject({
      resultCode: "ORDER_NOT_EXIST",
    });
  });
  it.each(["http://a:99999/notify", "http://256.256.256.256/notify", "urn:example:notify"])(
    "refuses a schema-valid paymentNotifyUrl no one can call (%s) with PARAM_ILLEGAL and creates nothing",
    async (paymentNotifyUrl) => {
      const { answer, body } = await order({ paymentNotifyUrl });
      expect(answer.json.result).toMatchObject({
        resultStatus: "F",
        resultCode: "PARAM_ILLEGAL",
        resultMessage: expect.stringContaining("paymentNotifyUrl"),
      });
      expect((await h.inquire(String(body.paymentRequestId))).json.result).toMatchObject({
        resultCode: "ORDER_NOT_EXIST",
      });
    },
  );
});

describe("verification page", () => {
  it("serves the form the kit's drivers rely on and sends a 6-digit SMS", async () => {
    const { paymentUrl, paymentId } = await order();
    const page = await openPage(paymentUrl);
    expect(page.status).toBe(200);
    expect(page.contentType).toMatch(/^text\/html/);
    const form = parse(page.html).querySelector('form[method="post"]')!;
    expect(form.querySelector('input[type="password"][name="pin"]')).not.toBeNull();
    expect(form.querySelector('input[name="smsCode"][inputmode="numeric"]')).not.toBeNull();
    expect(form.querySelector('button[type="submit"][name="action"][value="verify"]')).not.toBeNull();
    expect(form.querySelector('button[type="submit"][name="action"][value="resend"]')).not.toBeNull();
    const sms = await readOutbox(h.mpp.baseUrl, paymentId);
    expect(sms.status).toBe(200);
    expect(sms.body).toMatchObject({ paymentId, userLoginId: "852-10000001", code: expect.stringMatching(/^\d{6}$/) });
  });

  it("refuses a page URL without its token", async () => {
    const { paymentUrl } = await order();
    expect((await openPage(paymentUrl.replace(/token=.*/, "token=guess"))).status).toBe(404);
  });

  it("on success redirects to paymentRedirectUrl + &status=success byte for byte, then reports and notifies S", async () => {
    const { body, paymentUrl, paymentId } = await order({ paymentNotifyUrl: `${h.receiver.baseUrl}/own/notify?x=1` });
    const done = await verifyAsUser(h.mpp.baseUrl, paymentUrl, paymentId);
    expect(done.status).toBe(303);
    expect(done.location).toBe(`${seedRedirectUrl}&status=success`);
    const inquiry = await h.inquire(String(body.paymentRequestId));
    expect(inquiry.signatureValid).toBe(true);
    expect(validate("inquiryPayment", "response", inquiry.json)).toEqual({ valid: true });
    expect(inquiry.json).toMatchObject({
      result: { resultStatus: "S", resultCode: "SUCCESS" },
      paymentResult: { resultStatus: "S", resultCode: "SUCCESS" },
      paymentId,
      paymentAmount: { currency: "HKD", value: "1000" },
      customerId: "2160220000000001",
      paymentTime: expect.any(String),
    });
    const [notify] = await h.receiver.waitFor("/own/notify?x=1", 1);
    expect(notify!.signatureValid).toBe(true);
    expect(validate("notifyPayment", "request", notify!.json)).toEqual({ valid: true });
    expect(notify!.json).toMatchObject({
      paymentRequestId: body.paymentRequestId,
      paymentId,
      paymentResult: inquiry.json.paymentResult,
      paymentAmount: body.paymentAmount,
      customerId: "2160220000000001",
      paymentTime: inquiry.json.paymentTime,
    });
    // A second visit does not change the outcome.
    expect((await openPage(paymentUrl)).location).toBe(`${seedRedirectUrl}&status=success`);
  });

  it("re-renders on a wrong PIN, fails after three, and reports F USER_PAYMENT_VERIFICATION_FAILED", async () => {
    const { body, paymentUrl } = await order({ paymentNotifyUrl: `${h.receiver.baseUrl}/fail/notify` });
    let page = await openPage(paymentUrl);
    for (let attempt = 1; attempt <= 2; attempt++) {
      page = await submitForm(paymentUrl, page, { pin: "000000", smsCode: "000000", action: "verify" });
      expect(page.status).toBe(200);
      expect(page.html).toContain(`${3 - attempt} attempt`);
    }
    const last = await submitForm(paymentUrl, page, { pin: "000000", smsCode: "000000", action: "verify" });
    expect(last.status).toBe(303);
    expect(last.location).toBe(`${seedRedirectUrl}&status=fail`);
    const inquiry = await h.inquire(String(body.paymentRequestId));
    expect(inquiry.json.paymentResult).toMatchObject({
      resultStatus: "F",
      resultCode: "USER_PAYMENT_VERIFICATION_FAILED",
    });
    const [notify] = await h.receiver.waitFor("/fail/notify", 1);
    expect(notify!.json.paymentResult).toEqual(inquiry.json.paymentResult);
  });

  it("resend sends a new code that works, and the old one is refused", async () => {
    const { body, paymentUrl, paymentId } = await order();
    const page = await openPage(paymentUrl);
    const first = String((await readOutbox(h.mpp.baseUrl, paymentId)).body.code);
    const resent = await submitForm(paymentUrl, page, { pin: "", smsCode: "", action: "resend" });
    expect(resent.status).toBe(200);
    const second = String((await readOutbox(h.mpp.baseUrl, paymentId)).body.code);
    // Two random 6-digit codes collide one time in a million; the old-code check below stays meaningful only if they differ.
    if (first !== second) {
      const refused = await submitForm(paymentUrl, resent, { pin: "123456", smsCode: first, action: "verify" });
      expect(refused.status).toBe(200);
    }
    const done = await submitForm(paymentUrl, resent, { pin: "123456", smsCode: second, action: "verify" });
    expect(done.location).toBe(`${seedRedirectUrl}&status=success`);
    expect((await h.inquire(String(body.paymentRequestId))).json.paymentResult).toMatchObject({ resultStatus: "S" });
  });

  it("one-click: after success sends authNotify TOKEN_CREATED with the agreement and customer", async () => {
    const { body, paymentUrl, paymentId } = await order({ oneClick: true });
    await verifyAsUser(h.mpp.baseUrl, paymentUrl, paymentId);
    const arrived = await h.receiver.waitFor(AUTH, 1);
    const auth = arrived.find(
      (a) =>
        a.json.referenceAgreementId ===
        (body.authorizationInfo as { referenceAgreementId: string }).referenceAgreementId,
    );
    expect(auth).toBeDefined();
    expect(auth!.signatureValid).toBe(true);
    expect(validate("authNotify", "request", auth!.json)).toEqual({ valid: true });
    expect(auth!.json).toMatchObject({
      authorizationNotifyType: "TOKEN_CREATED",
      customerId: "2160220000000001",
      accessToken: expect.any(String),
    });
  });

  it("the sandbox hook ends verification and returns the redirect", async () => {
    const { body, paymentId } = await order();
    const response = await fetch(`${h.mpp.baseUrl}/sandbox/verify`, {
      method: "POST",
      body: JSON.stringify({ paymentId, outcome: "fail" }),
    });
    expect(await response.json()).toMatchObject({ redirectUrl: `${seedRedirectUrl}&status=fail` });
    expect((await h.inquire(String(body.paymentRequestId))).json.paymentResult).toMatchObject({ resultStatus: "F" });
  });
});

describe("inquiryPayment", () => {
  it("answers S + U PAYMENT_IN_PROCESS before verification", async () => {
    const { body, paymentId } = await order();
    const inquiry = await h.inquire(String(body.paymentRequestId));
    expect(inquiry.json).toMatchObject({
      result: { resultStatus: "S" },
      paymentResult: { resultStatus: "U", resultCode: "PAYMENT_IN_PROCESS" },
      paymentId,
    });
    expect(inquiry.json.paymentTime).toBeUndefined();
  });

  it("hides a payment from another acquirerId or pspId", async () => {
    const { body } = await order();
    const id = String(body.paymentRequestId);
    expect((await h.inquire(id, { acquirerId: "1022188000000000999" })).json.result).toMatchObject({
      resultCode: "ORDER_NOT_EXIST",
    });
    expect((await h.inquire(id, { pspId: "1022160000000000999" })).json.result).toMatchObject({
      resultCode: "ORDER_NOT_EXIST",
    });
  });

  it("closes an order at its paymentExpiryTime and notifies F ORDER_IS_CLOSED", async () => {
    const expiry = new Date(Date.now() + 1_500).toISOString().replace(/\.\d+Z$/, "Z");
    const { body } = await order({
      paymentExpiryTime: expiry,
      paymentNotifyUrl: `${h.receiver.baseUrl}/expiry/notify`,
    });
    const [notify] = await h.receiver.waitFor("/expiry/notify", 1, 5_000);
    expect(notify!.json.paymentResult).toMatchObject({ resultStatus: "F", resultCode: "ORDER_IS_CLOSED" });
    expect((await h.inquire(String(body.paymentRequestId))).json.paymentResult).toMatchObject({
      resultStatus: "F",
      resultCode: "ORDER_IS_CLOSED",
    });
  });
});
