/**
 * The broker commands end to end, through the real pact-cli and Pact verifier, against a
 * STAND-IN for the Pact Broker's HTTP API (brokerStandIn.ts; no real broker can run here).
 */
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { BrokerSettingsError, brokerSettings, refusalHint } from "../../src/contracts/broker";
import { contractsDir } from "../../src/contracts/names";
import { type BrokerStandIn, startBrokerStandIn } from "./brokerStandIn";

const root = join(__dirname, "..", "..");
// Each case runs the real CLI (tsx start, pact-cli, a verification): slow on a busy 2-core machine.
jest.setTimeout(180_000);
const token = "stand-in-token-1";

function contractsCli(args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [join(root, "node_modules", "tsx", "dist", "cli.mjs"), "src/contracts/main.ts", ...args],
      {
        cwd: root,
        env: {
          ...process.env,
          PACT_DO_NOT_TRACK: "true",
          MPP_BASE_URL: "",
          PACT_BROKER_USERNAME: "",
          PACT_BROKER_PASSWORD: "",
          ...env,
        },
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    let output = "";
    child.stdout.on("data", (c: Buffer) => (output += c.toString("utf8")));
    child.stderr.on("data", (c: Buffer) => (output += c.toString("utf8")));
    const timer = setTimeout(() => child.kill("SIGTERM"), 90_000);
    child.on("error", reject);
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

describe("contracts with a Pact Broker (stand-in)", () => {
  let broker: BrokerStandIn;
  let env: NodeJS.ProcessEnv;
  beforeAll(async () => {
    broker = await startBrokerStandIn({ token });
    env = { PACT_BROKER_BASE_URL: broker.baseUrl, PACT_BROKER_TOKEN: token, EASYPAY_PACT_BRANCH: "main" };
  });
  afterAll(() => broker.close());

  // pact-cli sends the pact re-serialised without whitespace and stamps its own pact-models
  // version into metadata.pactRust; every interaction, matcher and name is the file's.
  it("publish sends the pact in contracts/ (as pact-cli serialises it)", async () => {
    const run = await contractsCli(["publish", "--app-version", "c1"], env);
    expect(run.code).toBe(0);
    expect(broker.pacts).toEqual([
      expect.objectContaining({
        consumer: "AlipayPlus",
        provider: "EasyPayMPP",
        consumerVersion: "c1",
        branch: "main",
      }),
    ]);
    const withoutStamp = (text: string) => {
      const pact = JSON.parse(text) as { metadata: { pactRust?: unknown } };
      delete pact.metadata.pactRust;
      return pact;
    };
    const committed = readFileSync(join(contractsDir, "AlipayPlus-EasyPayMPP.json"), "utf8");
    expect(withoutStamp(broker.pacts[0]!.content)).toEqual(withoutStamp(committed));
    expect(broker.pacts[0]!.content).toBe(JSON.stringify(JSON.parse(broker.pacts[0]!.content))); // key order kept, compact
  });

  it("a passing verification is published, and can-i-deploy then says yes", async () => {
    const verify = await contractsCli(
      ["verify", "--driver", "form", "--publish-verification-results", "--app-version", "p-good"],
      env,
    );
    expect(verify.output).toMatch(/contracts verified/);
    expect(verify.code).toBe(0);
    expect(broker.verifications).toContainEqual({
      consumer: "AlipayPlus",
      provider: "EasyPayMPP",
      consumerVersion: "c1",
      providerVersion: "p-good",
      success: true,
    });
    const deploy = await contractsCli(["can-i-deploy", "--app-version", "p-good"], env);
    expect(deploy.output).toMatch(/Computer says yes/);
    expect(deploy.code).toBe(0);
  });

  it("a failing verification is published, and can-i-deploy then says no with a non-zero exit", async () => {
    const verify = await contractsCli(
      [
        "verify",
        "--driver",
        "form",
        "--fault",
        "evaluation-generic-rejection",
        "--publish-verification-results",
        "--app-version",
        "p-bad",
      ],
      env,
    );
    expect(verify.output).toMatch(/field: {4}\$\.result\.resultCode/);
    expect(verify.code).toBe(1);
    expect(broker.verifications).toContainEqual(expect.objectContaining({ providerVersion: "p-bad", success: false }));
    const deploy = await contractsCli(["can-i-deploy", "--app-version", "p-bad"], env);
    expect(deploy.output).toMatch(/Computer says no/);
    expect(deploy.code).not.toBe(0);
  });

  it("a wrong token is refused with a message naming the credential", async () => {
    const run = await contractsCli(["publish", "--app-version", "c2"], { ...env, PACT_BROKER_TOKEN: "wrong-token" });
    expect(run.code).not.toBe(0);
    expect(run.output).toMatch(/401/);
    expect(run.output).toMatch(/refused the request: check PACT_BROKER_TOKEN/);
    expect(run.output).not.toMatch(/wrong-token/);
    expect(broker.pacts.map((p) => p.consumerVersion)).not.toContain("c2");
  });

  it("names what is missing when the broker is not configured", async () => {
    const run = await contractsCli(["publish"], { PACT_BROKER_BASE_URL: "", PACT_BROKER_TOKEN: "" });
    expect(run.code).toBe(2);
    expect(run.output).toMatch(/missing:\n {2}- PACT_BROKER_BASE_URL/);
  });
});

describe("broker settings", () => {
  const noGit = () => undefined;
  it("take the version from the git sha and the branch from git, both overridable", () => {
    const fromGit = brokerSettings({ PACT_BROKER_BASE_URL: "http://127.0.0.1:9292" }, {}, (args) =>
      args.includes("--abbrev-ref") ? "feature-x" : "0123abc",
    );
    expect(fromGit).toMatchObject({ version: "0123abc", branch: "feature-x" });
    const overridden = brokerSettings(
      { PACT_BROKER_BASE_URL: "http://127.0.0.1:9292", EASYPAY_PACT_VERSION: "1.2.3" },
      { branch: "release" },
      noGit,
    );
    expect(overridden).toMatchObject({ version: "1.2.3", branch: "release" });
  });

  it("name each missing setting", () => {
    expect(() => brokerSettings({ PACT_BROKER_USERNAME: "u" }, {}, noGit)).toThrow(BrokerSettingsError);
    expect(() => brokerSettings({ PACT_BROKER_USERNAME: "u" }, {}, noGit)).toThrow(
      /PACT_BROKER_BASE_URL[\s\S]*PACT_BROKER_PASSWORD[\s\S]*--app-version[\s\S]*--branch/,
    );
  });

  it("explain a refusal by the credentials in use", () => {
    const settings = { brokerUrl: "http://127.0.0.1:9292", username: "u", password: "p", version: "v", branch: "b" };
    expect(refusalHint("failed: 401 Unauthorized", settings)).toMatch(/PACT_BROKER_USERNAME\/PACT_BROKER_PASSWORD/);
    expect(refusalHint("Pact published successfully", settings)).toBeUndefined();
  });
});
