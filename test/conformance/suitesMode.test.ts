/**
 * `MPP_BASE_URL=… npm test` judges a target as the CLI does: a MUST rule the kit could not judge
 * is a failing Jest test with the cause and the fix, never a skip; a failed MUST fails; a clean
 * MPP is green. The target here is the reference MPP served on its own port, configured only
 * through a config file, as a user's MPP would be.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type FaultId, fastTiming, referenceAccounts, startReferenceMpp } from "../../reference-mpp";
import { embeddedKeys } from "../../src/run/embeddedTarget";

const root = join(__dirname, "../..");

/** A port nothing listens on now, for the kit's simulator (the MPP must know it in advance). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

async function suitesAgainst(options: {
  faults?: FaultId[];
  outboxUrl?: (mppUrl: string) => string;
}): Promise<{ code: number | null; out: string }> {
  const keys = embeddedKeys();
  const simulatorPort = await freePort();
  const clientId = "SANDBOX_EASYPAY_KIT";
  const mpp = await startReferenceMpp({
    clientId,
    alipayPublicKeyPem: keys.kitPublicKeyPem,
    mppPrivateKeyPem: keys.mppPrivateKeyPem,
    alipayBaseUrl: `http://127.0.0.1:${simulatorPort}`,
    faults: options.faults ?? [],
    timing: fastTiming,
  });
  const dir = mkdtempSync(join(tmpdir(), "easypay-suites-"));
  const { payable } = referenceAccounts;
  const config = {
    target: { clientId, acquirerId: "1022188000000000001", pspId: "1022160000000000000" },
    keys: {
      mppPublicKey: keys.mppPublicKeyPem,
      kitPrivateKey: keys.kitPrivateKeyPem,
      kitPublicKey: keys.kitPublicKeyPem,
    },
    accounts: {
      payable: { userLoginId: payable.userLoginId, userLoginIdType: payable.userLoginIdType, pin: payable.pin },
      rejected: [],
    },
    order: { currency: "HKD", value: "1000", paymentMethodType: "ALIPAY_HK" },
    verification: {
      driver: "form",
      outboxUrl: (options.outboxUrl ?? ((url) => `${url}/sandbox/outbox?paymentId={paymentId}`))(mpp.baseUrl),
    },
    simulator: { port: simulatorPort },
    features: ["oneClickAuthorization", "paymentExpiry", "smsResend"],
    timing: { profile: "fast" },
    reportsDir: join(dir, "reports"),
  };
  writeFileSync(join(dir, "config.json"), JSON.stringify(config));
  try {
    return await new Promise((resolve) => {
      const child = spawn(
        process.execPath,
        [join(root, "node_modules/jest/bin/jest.js"), "--ci", "--verbose", "--no-colors"],
        {
          cwd: root,
          env: {
            ...process.env,
            MPP_BASE_URL: mpp.baseUrl,
            EASYPAY_CONFIG: join(dir, "config.json"),
            EASYPAY_SCENARIOS: "happy-path",
            PACT_DO_NOT_TRACK: "true",
            CI: "true",
            FORCE_COLOR: "0",
          },
        },
      );
      let out = "";
      child.stdout.on("data", (d: Buffer) => (out += d.toString()));
      child.stderr.on("data", (d: Buffer) => (out += d.toString()));
      child.on("close", (code) => resolve({ code, out }));
    });
  } finally {
    await mpp.close();
  }
}

test.concurrent("a clean MPP: green, with the rules of scenarios left out skipped", async () => {
  const { code, out } = await suitesAgainst({});
  expect(out).toMatch(/✓ \[MUST\] order\.never-success/);
  expect(out).toMatch(
    /○ skipped \[MUST\] verify\.sms-resend: .*\(skip: its scenarios \(sms-resend\) were not part of this run\)/,
  );
  expect(out).not.toMatch(/✕/);
  expect(code).toBe(0);
}, 180_000);

test.concurrent("a fault: the MUST rule it breaks is a failing test", async () => {
  const { code, out } = await suitesAgainst({ faults: ["order-answers-success"] });
  expect(out).toMatch(/✕ \[MUST\] order\.never-success/);
  expect(code).toBe(1);
}, 180_000);

test.concurrent("the outbox answering 404: the MUST rules the kit could not judge are failing tests with the cause and the fix", async () => {
  const { code, out } = await suitesAgainst({ outboxUrl: (url) => `${url}/no-such-outbox?paymentId={paymentId}` });
  expect(out).toMatch(/✕ \[MUST\] verify\.redirect-status: .* \(not judged\)/);
  expect(out).toContain("not judged in happy-path: verification.outboxUrl answered HTTP 404");
  expect(out).toContain("fix: point verification.outboxUrl at your sandbox outbox");
  expect(code).toBe(1);
}, 180_000);
