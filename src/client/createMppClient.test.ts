import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { type AddressInfo, createServer as createNetServer } from "node:net";
import { emptyTrace, testConfig } from "../config/testing/testConfig";
import { formatSignatureHeader, parseSignatureHeader, sign, verify } from "../core/signature";
import { curlFor } from "../report/curl";
import { createMppClient } from "./createMppClient";

type Handler = (req: IncomingMessage, res: ServerResponse, body: Buffer) => void;

const { config, mpp, kit } = testConfig();
let handler: Handler = (_req, res) => res.end();
let server: Server;
let baseUrl: string;
const received: { headers: IncomingMessage["headers"]; body: Buffer; url: string }[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const body = Buffer.concat(chunks);
      received.push({ headers: req.headers, body, url: req.url ?? "" });
      handler(req, res, body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(
  () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
);
beforeEach(() => (received.length = 0));

function client(overrides: Partial<typeof config.target> = {}) {
  const trace = emptyTrace();
  return {
    trace,
    mppClient: createMppClient({ config: { ...config, target: { ...config.target, baseUrl, ...overrides } }, trace }),
  };
}

/** Answers like a well-behaved MPP: signed JSON over the request URI and its Response-Time. */
function signedAnswer(body: object, key = mpp.privateKeyPem): Handler {
  return (req, res) => {
    const text = JSON.stringify(body);
    const time = "2024-05-01T12:00:00+08:00";
    const signature = sign({ method: "POST", uri: req.url!, clientId: config.target.clientId, time, body: text }, key);
    res.writeHead(200, {
      "Content-Type": "application/json",
      "Response-Time": time,
      "Client-Id": config.target.clientId,
      Signature: formatSignatureHeader(signature),
    });
    res.end(text);
  };
}

const inquiry = { acquirerId: "a", pspId: "p", paymentRequestId: "2024050100001" };

describe("createMppClient", () => {
  it("signs the request as Alipay+ and verifies a well-signed response; records it all", async () => {
    handler = signedAnswer({ result: { resultCode: "SUCCESS", resultStatus: "S", resultMessage: "ok" } });
    const { trace, mppClient } = client();
    const exchange = await mppClient.call("inquiryPayment", inquiry, { step: "inquiry" });

    const sent = received[0]!;
    expect(sent.url).toBe("/aps/api/v1/payments/inquiryPayment");
    expect(sent.headers["request-time"]).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$/);
    const header = parseSignatureHeader(sent.headers.signature as string)!;
    const parts = {
      method: "POST",
      uri: sent.url,
      clientId: "TEST_CLIENT",
      time: sent.headers["request-time"] as string,
      body: sent.body,
    };
    expect(verify(parts, header.signature, kit.publicKeyPem)).toBe(true);

    expect(exchange).toMatchObject({
      id: "x1",
      step: "inquiry",
      direction: "to-mpp",
      api: "inquiryPayment",
      method: "POST",
      paymentRequestId: "2024050100001",
      response: {
        status: 200,
        json: { result: { resultStatus: "S" } },
        headers: { "response-time": "2024-05-01T12:00:00+08:00" },
      },
      signature: { present: true, valid: true },
    });
    expect(exchange.request.body).toBe(JSON.stringify(inquiry));
    expect(trace.exchanges).toEqual([exchange]);
  });

  it("records a response signed with the wrong key as invalid, with a problem a person can act on", async () => {
    handler = signedAnswer({ result: {} }, kit.privateKeyPem);
    const exchange = await client().mppClient.call("pay", { paymentRequestId: "1" }, { step: "order" });
    expect(exchange.signature).toMatchObject({ present: true, valid: false });
    expect(exchange.signature!.problem).toMatch(
      /does not verify with the configured MPP public key over "POST \/aps\/api\/v1\/payments\/pay/,
    );
  });

  it("an unsigned answer is recorded as no signature", async () => {
    handler = (_req, res) => res.end('{"result":{}}');
    const exchange = await client().mppClient.call("pay", {}, { step: "order" });
    expect(exchange.signature).toEqual({ present: false, valid: false, problem: "no Signature header" });
  });

  it("sends no signature or a bad one when asked, and another Client-Id", async () => {
    handler = (_req, res) => res.end("{}");
    const { mppClient } = client();
    await mppClient.call("pay", { a: 1 }, { step: "missing-signature", signature: "none" });
    await mppClient.call("pay", { a: 1 }, { step: "bad-signature", signature: "bad", clientId: "SOMEONE_ELSE" });
    expect(received[0]!.headers.signature).toBeUndefined();
    const bad = received[1]!;
    expect(bad.headers["client-id"]).toBe("SOMEONE_ELSE");
    const header = parseSignatureHeader(bad.headers.signature as string)!;
    const parts = {
      method: "POST",
      uri: bad.url,
      clientId: "SOMEONE_ELSE",
      time: bad.headers["request-time"] as string,
      body: bad.body,
    };
    expect(verify(parts, header.signature, kit.publicKeyPem)).toBe(false);
  });

  it("sends raw bytes as given (malformed JSON)", async () => {
    handler = (_req, res) => res.end("{}");
    const exchange = await client().mppClient.callRaw("pay", '{"paymentRequestId": ', { step: "malformed-json:pay" });
    expect(received[0]!.body.toString()).toBe('{"paymentRequestId": ');
    expect(exchange.request.json).toBeUndefined();
  });

  it("gives up after the timeout and records it", async () => {
    // The client's timer and clock are fake, the socket real: the bound is proven to the millisecond.
    jest.useFakeTimers({ doNotFake: ["nextTick", "setImmediate", "queueMicrotask"] });
    try {
      let arrived!: () => void;
      const reached = new Promise<void>((resolve) => (arrived = resolve));
      handler = () => arrived(); // never answers
      let settled = false;
      const calling = client()
        .mppClient.call("inquiryPayment", inquiry, { step: "inquiry", timeoutMs: 200 })
        .finally(() => (settled = true));
      // The timer is armed before the request is sent: from its arrival the clock is 200 ms from the end.
      await reached;
      await jest.advanceTimersByTimeAsync(199);
      expect(settled).toBe(false);
      await jest.advanceTimersByTimeAsync(1);
      expect(settled).toBe(true);
      const exchange = await calling;
      expect(exchange.error).toEqual({ kind: "timeout", message: "no complete answer within 200 ms" });
      expect(exchange.durationMs).toBe(200);
    } finally {
      jest.useRealTimers();
    }
  }, 10_000);

  it("records a refused connection without throwing", async () => {
    const closed = createNetServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const exchange = await client({ baseUrl: `http://127.0.0.1:${port}` }).mppClient.call("pay", {}, { step: "order" });
    expect(exchange.error?.kind).toBe("refused");
    expect(exchange.response).toBeUndefined();
  });

  it("records a reset connection", async () => {
    handler = (req) => req.socket.destroy();
    const exchange = await client().mppClient.call("pay", {}, { step: "order" });
    expect(exchange.error?.kind).toBe("reset");
  });

  it("keeps an HTML answer as raw text, with no JSON", async () => {
    handler = (_req, res) => {
      res.writeHead(502, { "content-type": "text/html" });
      res.end("<html><body>Bad gateway</body></html>");
    };
    const exchange = await client().mppClient.call("pay", {}, { step: "order" });
    expect(exchange.response).toMatchObject({
      status: 502,
      body: "<html><body>Bad gateway</body></html>",
      headers: { "content-type": "text/html" },
    });
    expect(exchange.response!.json).toBeUndefined();
    expect(exchange.error).toBeUndefined();
  });

  it("records a non-HTTP answer (garbage on the socket) as a transport error", async () => {
    const garbage = createNetServer((socket) =>
      socket.once("data", () => socket.end("\x00\x01 not http at all\r\n\r\n")),
    );
    await new Promise<void>((resolve) => garbage.listen(0, "127.0.0.1", resolve));
    const port = (garbage.address() as AddressInfo).port;
    const exchange = await client({ baseUrl: `http://127.0.0.1:${port}` }).mppClient.call("pay", {}, { step: "order" });
    garbage.close();
    expect(exchange.error?.kind).toBe("other");
    expect(exchange.error?.message).toMatch(/HPE_|Parse Error/);
  });

  it.each([
    ["with a Content-Length", true],
    ["chunked", false],
  ])("stops reading a 5 MiB answer %s: too-large, 1 MiB kept", async (_label, withLength) => {
    const big = Buffer.alloc(5 * 1024 * 1024, "a");
    handler = (_req, res) => {
      res.writeHead(200, withLength ? { "content-length": String(big.length) } : {});
      res.end(big);
    };
    const started = Date.now();
    const exchange = await client().mppClient.call("pay", {}, { step: "oversized" });
    expect(exchange.error?.kind).toBe("too-large");
    expect(exchange.response?.truncated).toBe(true);
    expect(exchange.response!.body.length).toBeLessThanOrEqual(1024 * 1024);
    expect(Date.now() - started).toBeLessThan(3000);
  });

  it("does not follow a redirect; the 3xx is the evidence", async () => {
    handler = (req, res) => {
      if (req.url === "/elsewhere") return res.end("followed!");
      res.writeHead(302, { location: "/elsewhere" });
      res.end();
    };
    const exchange = await client().mppClient.call("pay", {}, { step: "order" });
    expect(exchange.response).toMatchObject({ status: 302, headers: { location: "/elsewhere" } });
    expect(received.map((r) => r.url)).toEqual(["/aps/api/v1/payments/pay"]);
  });

  it("numbers exchanges in the trace it was built with", async () => {
    handler = (_req, res) => res.end("{}");
    const { trace, mppClient } = client();
    await Promise.all([1, 2, 3].map((n) => mppClient.call("pay", { n }, { step: "concurrent" })));
    expect(trace.exchanges.map((x) => x.id).sort()).toEqual(["x1", "x2", "x3"]);
  });
});

describe("curlFor", () => {
  it("reproduces the request with its headers, the signature value redacted", async () => {
    handler = (_req, res) => res.end("{}");
    const exchange = await client().mppClient.call("pay", { note: "it's" }, { step: "order" });
    const curl = curlFor(exchange);
    expect(curl).toContain(`curl -i -X POST '${baseUrl}/aps/api/v1/payments/pay'`);
    expect(curl).toContain("-H 'signature: algorithm=RSA256, keyVersion=1, signature=<redacted>'");
    expect(curl).toContain("-H 'client-id: TEST_CLIENT'");
    expect(curl).toContain(`--data-raw '{"note":"it'\\''s"}'`);
    expect(curl).not.toMatch(/signature=[A-Za-z0-9%]{20}/);
  });
});

it("a target URL that does not parse is recorded, not thrown", async () => {
  const exchange = await client({ baseUrl: "not a url" }).mppClient.call("pay", {}, { step: "order" });
  expect(exchange.error).toMatchObject({ kind: "other" });
});
