import { sendHttp } from "../client/sendHttp";
import { testConfig } from "../config/testing/testConfig";
import type { Exchange } from "../core/trace";
import { AlipaySimulator } from "./AlipaySimulator";
import { controlPlane } from "./controlPlane";
import { describeCallback } from "./describeCallback";

const { config } = testConfig();
let simulator: AlipaySimulator;
const lines: string[] = [];

beforeAll(async () => {
  simulator = await AlipaySimulator.start(config, {
    extraHandlers: controlPlane(() => simulator, 6000),
    onAnswered: (exchange: Exchange) => lines.push(describeCallback(exchange)),
  });
});
afterAll(() => simulator.close());

const call = (method: string, path: string, body?: unknown) =>
  sendHttp(simulator.baseUrl + path, {
    method,
    headers: { "content-type": "application/json" },
    body: body === undefined ? undefined : Buffer.from(JSON.stringify(body)),
    timeoutMs: 3000,
  });
const json = async (p: ReturnType<typeof call>) => JSON.parse((await p).response!.body.toString()) as unknown;

describe("the standalone simulator's control plane", () => {
  it("scripts answers over HTTP, lists what arrived, and logs one line per callback", async () => {
    const scripted = await call("POST", "/_control/script", {
      paymentRequestId: "42",
      api: "notifyPayment",
      answers: [{ kind: "F" }],
    });
    expect(scripted.response?.status).toBe(200);
    const notify = await call("POST", "/aps/api/v1/payments/notifyPayment", {
      paymentRequestId: "42",
      paymentResult: { resultCode: "SUCCESS", resultStatus: "S" },
      accessToken: "secret-token",
    });
    expect(JSON.parse(notify.response!.body.toString())).toMatchObject({ result: { resultStatus: "F" } });
    expect(await json(call("GET", "/_control/received?paymentRequestId=42"))).toMatchObject([
      { api: "notifyPayment", answeredWith: "F", paymentRequestId: "42" },
    ]);
    expect(await json(call("GET", "/_control/unclaimed"))).toHaveLength(1);
    expect(lines.at(-1)).toMatch(
      /^notifyPayment \| 42 \| signature BAD \(no Signature header\) \| schema ok \| answered F HTTP 200 in \d+ ms$/,
    );
    expect(lines.join("\n")).not.toContain("secret-token");
    expect(JSON.stringify(await json(call("GET", "/_control/received?paymentRequestId=42")))).not.toContain(
      "secret-token",
    );
  });

  it("refuses a bad script with a reason", async () => {
    const refused = await call("POST", "/_control/script", {
      paymentRequestId: "42",
      api: "notifyPayment",
      answers: [{ kind: "maybe" }],
    });
    expect(refused.response?.status).toBe(400);
    expect(refused.response?.body.toString()).toContain(
      "answers[0].kind: must be one of S, U, F, http-500, no-answer, bad-signature",
    );
  });
});
