import { type HttpResult, sendHttp } from "../client/sendHttp";
import { emptyTrace, testConfig } from "../config/testing/testConfig";
import type { SimulatorControl } from "../core/engine";
import { isoDateTime } from "../core/isoTime";
import { formatSignatureHeader, parseSignatureHeader, sign, verify } from "../core/signature";
import type { Exchange, Trace } from "../core/trace";
import { AlipaySimulator } from "./AlipaySimulator";

const { config, mpp, kit } = testConfig();
let simulator: AlipaySimulator;
let trace: Trace;
let control: SimulatorControl;
let counter = 0;
/** Callbacks the simulator has finished with (answered, or silent until the socket closed), in that order. */
const answered: Exchange[] = [];
const answeredFor = (id: string) => answered.filter((x) => x.paymentRequestId === id);

beforeAll(async () => (simulator = await AlipaySimulator.start(config, { onAnswered: (x) => answered.push(x) })));
afterAll(() => simulator.close());
beforeEach(() => {
  trace = emptyTrace();
  control = simulator.forTrace(trace);
});

/**
 * Fake timers for the simulator's own timers (silences, wait bounds) and the client's timeout,
 * while sockets run on real I/O: a wait with a bound on the fake clock can only end by an event,
 * and a silence ends exactly when the test advances the clock past it.
 */
const fakeClock = () => jest.useFakeTimers({ doNotFake: ["nextTick", "setImmediate", "queueMicrotask"] });
afterEach(() => jest.useRealTimers());

/** A promise whose state the test can read without awaiting it. */
function watch<T>(promise: Promise<T>): { settled: () => boolean; value: Promise<T> } {
  let done = false;
  void promise.then(() => (done = true));
  return { settled: () => done, value: promise };
}

const newId = () => `20240501${Date.now()}${++counter}`;

const notifyBody = (paymentRequestId: string, resultStatus = "S") => ({
  paymentRequestId,
  paymentId: "mpp-1",
  paymentResult: {
    resultCode: resultStatus === "S" ? "SUCCESS" : "USER_BALANCE_NOT_ENOUGH",
    resultStatus,
    resultMessage: "x",
  },
  paymentAmount: { currency: "USD", value: "100" },
  customerId: "c1",
});

/** Posts like an MPP does: signed with the MPP's key over the path it posts to. */
function post(url: string, body: unknown, key = mpp.privateKeyPem, timeoutMs = 3000): Promise<HttpResult> {
  const text = typeof body === "string" ? body : JSON.stringify(body);
  const time = isoDateTime();
  const uri = new URL(url).pathname + new URL(url).search;
  const signature = sign({ method: "POST", uri, clientId: config.target.clientId, time, body: text }, key);
  const headers = {
    "content-type": "application/json",
    "client-id": config.target.clientId,
    "request-time": time,
    signature: formatSignatureHeader(signature),
  };
  return sendHttp(url, { method: "POST", headers, body: Buffer.from(text), timeoutMs });
}

const ackJson = (result: HttpResult) =>
  JSON.parse(result.response!.body.toString()) as {
    result: { resultStatus: string; resultCode: string };
    acquirerId?: string;
    pspId?: string;
  };

function ackVerifies(url: string, result: HttpResult): boolean {
  const headers = result.response!.headers;
  const parts = {
    method: "POST",
    uri: new URL(url).pathname,
    clientId: headers["client-id"]!,
    time: headers["response-time"]!,
    body: result.response!.body,
  };
  return verify(parts, parseSignatureHeader(headers.signature)!.signature, kit.publicKeyPem);
}

describe("AlipaySimulator callbacks", () => {
  it("accepts a signed notifyPayment, records it in the owning trace, and acknowledges S, signed", async () => {
    const id = newId();
    const url = control.notifyUrlFor(id);
    expect(url).toBe(`${simulator.baseUrl}/p/${id}/aps/api/v1/payments/notifyPayment`);
    const result = await post(url, notifyBody(id));

    expect(result.response?.status).toBe(200);
    expect(ackJson(result)).toEqual({ result: { resultCode: "SUCCESS", resultStatus: "S", resultMessage: "success" } });
    expect(ackVerifies(url, result)).toBe(true);
    expect(trace.exchanges).toHaveLength(1);
    expect(trace.exchanges[0]).toMatchObject({
      id: "x1",
      step: "callback",
      direction: "from-mpp",
      api: "notifyPayment",
      method: "POST",
      url,
      paymentRequestId: id,
      signature: { present: true, valid: true },
      schema: { valid: true, errors: [] },
      answeredWith: "S",
      request: { json: notifyBody(id) },
      response: { status: 200, json: { result: { resultStatus: "S" } } },
    });
    expect(control.received(id, "notifyPayment")).toEqual(trace.exchanges);
  });

  it("verifies the signature over the raw bytes as sent, not re-serialised JSON", async () => {
    const id = newId();
    const raw = `{ "paymentRequestId" : "${id}",\n  "paymentResult": {"resultCode":"SUCCESS","resultStatus":"S"} }`;
    await post(control.notifyUrlFor(id), raw);
    expect(trace.exchanges[0]!.signature).toEqual({ present: true, valid: true });
    expect(trace.exchanges[0]!.request.body).toBe(raw);
  });

  it("records a callback signed with the wrong key as a bad signature, and a body the spec refuses", async () => {
    const id = newId();
    await post(control.notifyUrlFor(id), notifyBody(id, "U"), kit.privateKeyPem);
    const [exchange] = trace.exchanges;
    expect(exchange!.signature).toMatchObject({ present: true, valid: false });
    expect(exchange!.signature!.problem).toMatch(/does not verify/);
    expect(exchange!.schema!.valid).toBe(false);
    expect(exchange!.schema!.errors.map((e) => e.path)).toContain("$.paymentResult.resultStatus");
  });

  it("answers as scripted, in order, then S", async () => {
    const id = newId();
    const url = control.notifyUrlFor(id);
    control.script(id, "notifyPayment", [
      { kind: "U" },
      { kind: "F" },
      { kind: "http-500" },
      { kind: "bad-signature" },
    ]);
    const results = [];
    for (let i = 0; i < 5; i++) results.push(await post(url, notifyBody(id)));
    expect(results.map((r) => r.response!.status)).toEqual([200, 200, 500, 200, 200]);
    expect(ackJson(results[0]!).result).toMatchObject({ resultCode: "UNKNOWN_EXCEPTION", resultStatus: "U" });
    expect(ackJson(results[1]!).result).toMatchObject({ resultCode: "PROCESS_FAIL", resultStatus: "F" });
    expect(ackJson(results[3]!).result.resultStatus).toBe("S");
    expect(ackVerifies(url, results[3]!)).toBe(false);
    expect(ackVerifies(url, results[4]!)).toBe(true);
    expect(trace.exchanges.map((x) => x.answeredWith)).toEqual(["U", "F", "http-500", "bad-signature", "S"]);
  });

  it("no-answer holds the socket silent for exactly forMs, then closes it without answering", async () => {
    fakeClock();
    const id = newId();
    control.script(id, "notifyPayment", [{ kind: "no-answer", forMs: 400 }]);
    // The client's own 5 s bound is on the fake clock too: only the simulator can end this request.
    const sending = watch(post(control.notifyUrlFor(id), notifyBody(id), mpp.privateKeyPem, 5000));
    // The arrival is visible while the silence lasts: the clock stands still, so only the arrival ends this wait.
    expect(await control.waitFor(id, "notifyPayment", 1, 5000)).toHaveLength(1);
    await jest.advanceTimersByTimeAsync(399);
    expect(answeredFor(id)).toEqual([]);
    expect(sending.settled()).toBe(false);
    await jest.advanceTimersByTimeAsync(1);
    // The silence ended at 400 ms, not before: the simulator is done with the callback, and the socket is closed.
    expect(answeredFor(id)).toHaveLength(1);
    const result = await sending.value;
    expect(result.error?.kind).toBe("reset");
    expect(result.response).toBeUndefined();
    expect(trace.exchanges[0]).toMatchObject({ answeredWith: "no-answer" });
    expect(trace.exchanges[0]!.response).toBeUndefined();
  }, 10_000);

  it("waitFor resolves when the callbacks arrive, and with what arrived on timeout", async () => {
    fakeClock();
    const id = newId();
    // On the fake clock the 5 s bound cannot fire: this resolves on the arrivals or not at all.
    const waiting = control.waitFor(id, "notifyPayment", 2, 5000);
    await post(control.notifyUrlFor(id), notifyBody(id));
    await post(control.notifyUrlFor(id), notifyBody(id));
    expect(await waiting).toHaveLength(2);

    const timingOut = watch(control.waitFor(id, "authNotify", 1, 200));
    await jest.advanceTimersByTimeAsync(199);
    expect(timingOut.settled()).toBe(false);
    await jest.advanceTimersByTimeAsync(1);
    expect(timingOut.settled()).toBe(true);
    expect(await timingOut.value).toEqual([]);
  }, 10_000);

  it("routes an authNotify that names only its agreement to the payment whose pay carried it; its ack names acquirer and psp", async () => {
    const id = newId();
    const agreement = `agr-${id}`;
    control.notifyUrlFor(id); // the scenario builds its pay request...
    trace.exchanges.push({
      id: "x1",
      step: "order",
      direction: "to-mpp",
      api: "pay",
      method: "POST",
      url: "http://mpp/pay",
      startedAt: 0,
      durationMs: 1,
      request: {
        headers: {},
        body: "",
        json: { paymentRequestId: id, authorizationInfo: { referenceAgreementId: agreement } },
      },
    });
    const url = `${simulator.baseUrl}/aps/api/v1/authorizations/authNotify`;
    const result = await post(url, {
      authorizationNotifyType: "TOKEN_CREATED",
      referenceAgreementId: agreement,
      accessToken: "tok",
    });
    expect(ackJson(result)).toMatchObject({
      result: { resultStatus: "S" },
      acquirerId: config.target.acquirerId,
      pspId: config.target.pspId,
    });
    expect(control.received(id, "authNotify")).toHaveLength(1);
    expect(trace.exchanges[1]).toMatchObject({
      id: "x2",
      api: "authNotify",
      paymentRequestId: id,
      signature: { valid: true },
    });
  });

  it("keeps callbacks for unknown ids unclaimed until their payment is registered", async () => {
    const id = newId();
    await post(`${simulator.baseUrl}/aps/api/v1/payments/notifyPayment`, notifyBody(id));
    expect(simulator.unclaimed.map((x) => x.paymentRequestId)).toContain(id);
    expect(trace.exchanges).toHaveLength(0);
    simulator.register(id, trace);
    expect(simulator.unclaimed.map((x) => x.paymentRequestId)).not.toContain(id);
    expect(trace.exchanges).toMatchObject([{ id: "x1", paymentRequestId: id, api: "notifyPayment" }]);
  });

  it("answers an unknown path 404 and records it", async () => {
    const result = await post(`${simulator.baseUrl}/aps/api/v1/payments/notifyPaymnet`, { hello: 1 });
    expect(result.response?.status).toBe(404);
    // The MPP engineer reading their own logs learns where to post instead.
    expect(result.response!.body.toString()).toContain(
      "no such Alipay+ endpoint: POST /aps/api/v1/payments/notifyPaymnet; the simulator serves POST /aps/api/v1/payments/notifyPayment or POST /aps/api/v1/authorizations/authNotify",
    );
    const recorded = simulator.registry.all.at(-1)!;
    expect(recorded).toMatchObject({ api: undefined, direction: "from-mpp", response: { status: 404 } });
    expect(recorded.url).toBe(`${simulator.baseUrl}/aps/api/v1/payments/notifyPaymnet`);
  });

  it("refuses a body over 1 MiB with 413 and records it", async () => {
    const id = newId();
    const result = await post(control.notifyUrlFor(id), { paymentRequestId: id, padding: "x".repeat(2 * 1024 * 1024) });
    expect(result.response?.status).toBe(413);
    expect(trace.exchanges[0]).toMatchObject({
      paymentRequestId: id,
      error: { kind: "too-large" },
      response: { status: 413 },
      request: { truncated: true },
    });
  });
});

describe("AlipaySimulator result page", () => {
  it("records the exact URL the browser was sent to, and serves a small page", async () => {
    const id = newId();
    const redirect = control.redirectUrlFor(id);
    expect(redirect).toContain(
      "paymentSessionData=n5xHy7LlExD8%2BaNKekkKwPm%2FotYQ3UjTXDoh5tlj4R8QajYr0lNjqv%2B%2FOkMs4QLvfHFwC9QkDRio2sX34SSATg%3D%3D%26%26SG%26%26188&ps=EASY_PAY",
    );
    const waiting = control.waitForRedirect(id, 5000);
    const page = await sendHttp(`${redirect}&status=success`, { method: "GET", headers: {}, timeoutMs: 3000 });
    expect(page.response?.status).toBe(200);
    expect(page.response?.headers["content-type"]).toMatch(/text\/html/);
    expect(page.response?.body.toString()).toContain("status=success");
    expect(await waiting).toBe(`${redirect}&status=success`);
    expect(await control.waitForRedirect(newId(), 100)).toBeUndefined();
  });
});

describe("AlipaySimulator.close", () => {
  it("ends silences and releases waits at once", async () => {
    fakeClock();
    const own = await AlipaySimulator.start(config);
    const closing = { done: false };
    try {
      const ownControl = own.forTrace(emptyTrace());
      const id = newId();
      ownControl.script(id, "notifyPayment", [{ kind: "no-answer", forMs: 30_000 }]);
      const sending = post(ownControl.notifyUrlFor(id), notifyBody(id), mpp.privateKeyPem, 10_000);
      await ownControl.waitFor(id, "notifyPayment", 1, 5000);
      const waiting = ownControl.waitFor(id, "authNotify", 1, 30_000);
      // The fake clock never moves: the silence, the wait and the client's bound can only end because close() ends them.
      await own.close();
      closing.done = true;
      const [result, released] = await Promise.all([sending, waiting]);
      expect(result.error?.kind).toBe("reset");
      expect(released).toEqual([]);
    } finally {
      // Should the test fail before close(), the server must not outlive it.
      if (!closing.done) await own.close();
    }
  }, 10_000);
});
