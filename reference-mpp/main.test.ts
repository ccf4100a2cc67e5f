/**
 * The CLI as a child process: --list-faults, and kill -9 + restart on the same SQLite file with
 * a notification still pending, which must be delivered after the restart.
 */
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { faultCatalogue } from "./faults";
import { type CallbackReceiver, startCallbackReceiver } from "./testing/callbackReceiver";
import { ACQUIRER_ID, CLIENT_ID, PSP_ID, payBody, signedCall, testKeys } from "./testing/harness";

const root = join(__dirname, "..");
// node itself with tsx as a loader: the tsx CLI would put a wrapper process in between, and
// SIGKILL to the wrapper leaves the real server running.
const node = (args: string[]) => [process.execPath, ["--import", "tsx", "reference-mpp/main.ts", ...args]] as const;
const keys = testKeys();
const dir = mkdtempSync(join(tmpdir(), "reference-mpp-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it("--list-faults prints the catalogue as JSON", () => {
  const run = spawnSync(...node(["--list-faults"]), { cwd: root, encoding: "utf8", timeout: 30_000 });
  expect(run.status).toBe(0);
  expect(JSON.parse(run.stdout)).toEqual(faultCatalogue);
});

/** Starts the CLI and resolves with its base URL once it prints where it listens. */
function startChild(args: string[]): Promise<{ child: ChildProcess; baseUrl: string }> {
  const child = spawn(...node(args), { cwd: root, stdio: ["ignore", "pipe", "pipe"] });
  let stderr = "";
  child.stderr!.on("data", (d: Buffer) => (stderr += d.toString()));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no listening line within 20 s; stderr: ${stderr}`)), 20_000);
    child.once("exit", (code) => reject(new Error(`exited with ${code}: ${stderr}`)));
    createInterface({ input: child.stdout! }).on("line", (line) => {
      const match = /listening on (http:\/\/\S+)/.exec(line);
      if (!match) return;
      clearTimeout(timer);
      resolve({ child, baseUrl: match[1]! });
    });
  });
}

function killHard(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    child.once("exit", () => resolve());
    child.kill("SIGKILL");
  });
}

describe("kill -9 and restart", () => {
  let receiver: CallbackReceiver;
  let child: ChildProcess | undefined;
  beforeAll(async () => {
    receiver = await startCallbackReceiver({
      alipayPrivateKeyPem: keys.alipay.privateKeyPem,
      mppPublicKeyPem: keys.mpp.publicKeyPem,
      clientId: CLIENT_ID,
    });
  });
  afterAll(async () => {
    if (child && child.exitCode === null) await killHard(child);
    await receiver.close();
  });

  it("keeps the payment and delivers a pending notifyPayment after the restart", async () => {
    writeFileSync(join(dir, "alipay-public.pem"), keys.alipay.publicKeyPem);
    writeFileSync(join(dir, "mpp-private.pem"), keys.mpp.privateKeyPem);
    const args = [
      "--port",
      "0",
      "--client-id",
      CLIENT_ID,
      "--alipay-public-key",
      join(dir, "alipay-public.pem"),
      "--mpp-private-key",
      join(dir, "mpp-private.pem"),
      "--alipay-base-url",
      receiver.baseUrl,
      "--database",
      join(dir, "mpp.sqlite"),
      "--timing",
      "fast",
      // The first attempt is still waiting for its acknowledgement when the MPP is killed.
      "--callback-timeout-ms",
      "60000",
    ];
    const first = await startChild(args);
    child = first.child;
    const path = "/restart/notify";
    receiver.script(path, ["no-answer"]);
    const body = payBody({ paymentNotifyUrl: `${receiver.baseUrl}${path}` });
    const order = await signedCall(first.baseUrl, "/aps/api/v1/payments/pay", JSON.stringify(body), keys);
    const paymentId = String(order.json.paymentId);
    const hook = await fetch(`${first.baseUrl}/sandbox/verify`, {
      method: "POST",
      body: JSON.stringify({ paymentId, outcome: "success" }),
    });
    expect(hook.status).toBe(200);
    const [inFlight] = await receiver.waitFor(path, 1);
    await killHard(first.child);

    const second = await startChild(args);
    child = second.child;
    const arrivals = await receiver.waitFor(path, 2, 10_000);
    expect(arrivals[1]!.body).toBe(inFlight!.body);
    const inquiry = await signedCall(
      second.baseUrl,
      "/aps/api/v1/payments/inquiryPayment",
      JSON.stringify({ acquirerId: ACQUIRER_ID, pspId: PSP_ID, paymentRequestId: body.paymentRequestId }),
      keys,
    );
    expect(inquiry.json).toMatchObject({ paymentId, paymentResult: { resultStatus: "S", resultCode: "SUCCESS" } });
  });
});
