import { generateKeyPairSync } from "node:crypto";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import schema from "../../config/schema.json";
import { features } from "../../generated/rules";
import { ConfigError } from "./ConfigError";
import { loadConfig } from "./loadConfig";

const dir = mkdtempSync(join(tmpdir(), "kit-config-"));
const pem = (kind: "public" | "private") => {
  const { publicKey, privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  return kind === "public"
    ? publicKey.export({ type: "spki", format: "pem" })
    : privateKey.export({ type: "pkcs8", format: "pem" });
};
writeFileSync(join(dir, "mpp-public.pem"), pem("public"));
writeFileSync(join(dir, "kit-private.pem"), pem("private"));

const good = {
  target: { baseUrl: "https://mpp.example/", clientId: "SANDBOX_1", acquirerId: "acq", pspId: "psp" },
  keys: { mppPublicKey: "./mpp-public.pem", kitPrivateKey: "./kit-private.pem" },
  accounts: { payable: { userLoginId: "628", userLoginIdType: "MOBILE_PHONE", pin: "1234" } },
};

function writeConfig(name: string, content: unknown): string {
  const file = join(dir, name);
  writeFileSync(file, JSON.stringify(content));
  return file;
}

function problemsOf(fn: () => unknown): string[] {
  try {
    fn();
  } catch (e) {
    if (e instanceof ConfigError) return e.problems.map((p) => `${p.path}: ${p.message}`);
    throw e;
  }
  throw new Error("expected a ConfigError");
}

describe("loadConfig", () => {
  it("reads a good file, resolves key paths against its directory and fills defaults", () => {
    const config = loadConfig({ file: writeConfig("good.json", good), env: {} });
    expect(config.target.baseUrl).toBe("https://mpp.example");
    expect(config.target.paths.pay).toBe("/aps/api/v1/payments/pay");
    expect(config.target.mppPublicKeyPem).toContain("BEGIN PUBLIC KEY");
    expect(config.kitPublicKeyPem).toContain("BEGIN PUBLIC KEY"); // derived from the private key
    expect(config.timing).toEqual({
      profile: "seed",
      payTimeoutMs: 8000,
      inquiryTimeoutMs: 5000,
      inquiryIntervalMs: 10000,
      inquiryMaxAttempts: 12,
      callbackWaitMs: 60000,
      mppCallbackTimeoutMs: 5000,
      noAnswerMs: 6000,
    });
    expect(config.verification.driver).toBe("form");
    expect(config.simulator).toEqual({ host: "127.0.0.1", port: 0 });
  });

  it("the fast profile fills fast timing; explicit values still win", () => {
    const file = writeConfig("fast.json", { ...good, timing: { profile: "fast", callbackWaitMs: 2500 } });
    const config = loadConfig({ file, env: {} });
    expect(config.timing).toMatchObject({
      inquiryIntervalMs: 100,
      inquiryMaxAttempts: 50,
      payTimeoutMs: 8000,
      callbackWaitMs: 2500,
      noAnswerMs: 6000,
    });
  });

  it("the no-answer silence outlasts the MPP's declared callback timeout in every profile", () => {
    for (const profile of ["seed", "fast"] as const) {
      const derived = loadConfig({
        file: writeConfig(`${profile}-derived.json`, { ...good, timing: { profile } }),
        env: {},
      });
      expect(derived.timing.noAnswerMs).toBeGreaterThan(5000);
      const declared = loadConfig({
        file: writeConfig(`${profile}-declared.json`, { ...good, timing: { profile, mppCallbackTimeoutMs: 9000 } }),
        env: {},
      });
      expect(declared.timing.noAnswerMs).toBe(10000);
    }
  });

  it("refuses a no-answer silence the MPP would outwait", () => {
    const file = writeConfig("short-silence.json", {
      ...good,
      timing: { profile: "fast", mppCallbackTimeoutMs: 5000, noAnswerMs: 2500 },
    });
    expect(() => loadConfig({ file, env: {} })).toThrow(/timing\.noAnswerMs.*longer than the MPP's callback timeout/s);
  });

  it("reports every problem of a bad file in one ConfigError, each with its path", () => {
    const file = writeConfig("bad.json", {
      ...good,
      target: { ...good.target, baseUrl: "mpp.example/api", colour: "blue" },
      keys: { mppPublicKey: "./x.pem", kitPrivateKey: "./mpp-public.pem" },
      verification: { driver: "carrier-pigeon", steps: [{ action: "fill", matchUrl: "(" }] },
      timing: { profile: "slow" },
      surprise: true,
    });
    expect(problemsOf(() => loadConfig({ file, env: {} })).sort()).toEqual(
      [
        "target.baseUrl: must be an absolute http(s) URL",
        "target.colour: unknown key",
        "surprise: unknown key",
        'verification.driver: must be one of "browser", "form", "http", "manual"',
        'timing.profile: must be one of "seed", "fast"',
        "verification.steps.0.matchUrl: not a regular expression: Invalid regular expression: /(/: Unterminated group",
        "keys.mppPublicKey: file not found: ./x.pem",
        "keys.kitPrivateKey: not a PEM private key",
      ].sort(),
    );
  });

  it("the ConfigError message lists the problems for a person", () => {
    const file = writeConfig("missing.json", { target: { baseUrl: "https://a.example" } });
    const error = (() => {
      try {
        loadConfig({ file, env: {} });
      } catch (e) {
        return e as ConfigError;
      }
    })();
    expect(error).toBeInstanceOf(ConfigError);
    expect(error!.message).toMatch(/^Invalid configuration \(\d+ problems\):\n {2}- /);
    expect(error!.message).toContain("target.clientId: is required");
    expect(error!.message).toContain("keys: is required");
    expect(error!.message).toContain("accounts.payable: is required");
  });

  it("environment overrides the file, and a bad override names its variable", () => {
    const file = writeConfig("env.json", good);
    const config = loadConfig({
      file,
      env: { MPP_BASE_URL: "http://127.0.0.1:9999", VERIFICATION_DRIVER: "browser", CHROMIUM_PATH: "/opt/chrome" },
    });
    expect(config.target.baseUrl).toBe("http://127.0.0.1:9999");
    expect(config.verification.driver).toBe("browser");
    expect(config.verification.chromiumPath).toBe("/opt/chrome");
    expect(
      problemsOf(() => loadConfig({ file, env: { MPP_BASE_URL: "not a url", MPP_PUBLIC_KEY: "nope.pem" }, cwd: dir })),
    ).toEqual([
      "target.baseUrl: must be an absolute http(s) URL (from MPP_BASE_URL)",
      "keys.mppPublicKey: file not found: nope.pem (from MPP_PUBLIC_KEY)",
    ]);
  });

  it("flags override the environment; a base config supplies what no file gives", () => {
    const [pub, priv] = [pem("public") as string, pem("private") as string];
    const config = loadConfig({
      base: {
        target: {
          baseUrl: "http://127.0.0.1:1",
          clientId: "EMBEDDED",
          acquirerId: "a",
          pspId: "p",
          mppPublicKeyPem: pub,
        },
        kitPrivateKeyPem: priv,
        accounts: { payable: { userLoginId: "u", userLoginIdType: "EMAIL" }, rejected: [] },
        timing: { profile: "fast" },
      },
      env: { MPP_BASE_URL: "http://127.0.0.1:2" },
      flags: { baseUrl: "http://127.0.0.1:3", driver: "manual" },
    }).target;
    expect(config.baseUrl).toBe("http://127.0.0.1:3");
    expect(config.mppPublicKeyPem).toBe(pub);
    expect(
      problemsOf(() => loadConfig({ base: { kitPrivateKeyPem: priv }, env: {}, flags: { driver: "http" } })),
    ).toContain("verification.hookUrl: is required by the http driver");
  });

  it("a missing or broken file is one clear problem", () => {
    expect(problemsOf(() => loadConfig({ file: join(dir, "nope.json"), env: {} }))).toEqual([
      `: config file not found: ${join(dir, "nope.json")}`,
    ]);
    writeFileSync(join(dir, "broken.json"), "{ not json");
    expect(problemsOf(() => loadConfig({ file: join(dir, "broken.json"), env: {} }))[0]).toMatch(/not valid JSON/);
  });

  it("the schema documents every property and lists exactly the rule catalogue's features", () => {
    const undocumented: string[] = [];
    const walk = (node: unknown, at: string) => {
      if (!node || typeof node !== "object") return;
      const props = (node as { properties?: Record<string, { description?: string }> }).properties;
      for (const [key, sub] of Object.entries(props ?? {})) {
        if (!sub.description) undocumented.push(`${at}${key}`);
        walk(sub, `${at}${key}.`);
      }
      for (const key of ["items", "$defs"]) walk((node as Record<string, unknown>)[key], at);
      for (const sub of Object.values((node as { $defs?: Record<string, unknown> }).$defs ?? {})) walk(sub, at);
    };
    walk(schema, "");
    expect(undocumented).toEqual([]);
    expect(schema.properties.features.items.enum).toEqual([...features]);
  });

  it("the example config is valid but for its key files", () => {
    const problems = problemsOf(() => loadConfig({ file: join(__dirname, "../../config/example.json"), env: {} }));
    expect(problems).toEqual([
      "keys.mppPublicKey: file not found: ./keys/mpp-public.pem",
      "keys.kitPrivateKey: file not found: ./keys/kit-private.pem",
    ]);
  });
});
