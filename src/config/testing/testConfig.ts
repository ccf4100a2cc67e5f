/**
 * A complete KitConfig for the engine's own tests: fresh RSA keys for the kit and for a
 * pretend MPP, the fast profile, everything on 127.0.0.1. Only for tests.
 */
import { generateKeyPairSync } from "node:crypto";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { KitConfig } from "../../config";
import type { TraceName } from "../../core/scenarioNames";
import { timingProfiles } from "../timingProfiles";

export interface KeyPairPem {
  publicKeyPem: string;
  privateKeyPem: string;
}

export function keyPair(): KeyPairPem {
  const { publicKey, privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  return {
    publicKeyPem: publicKey.export({ type: "spki", format: "pem" }) as string,
    privateKeyPem: privateKey.export({ type: "pkcs8", format: "pem" }) as string,
  };
}

/** The kit's config plus the pretend MPP's private key (to sign what the "MPP" sends in tests). */
export function testConfig(overrides: Partial<KitConfig> = {}): {
  config: KitConfig;
  mpp: KeyPairPem;
  kit: KeyPairPem;
} {
  const kit = keyPair();
  const mpp = keyPair();
  const config: KitConfig = {
    target: {
      baseUrl: "http://127.0.0.1:1",
      paths: { pay: "/aps/api/v1/payments/pay", inquiryPayment: "/aps/api/v1/payments/inquiryPayment" },
      clientId: "TEST_CLIENT",
      acquirerId: "1022188000000000001",
      pspId: "1022172000000000001",
      mppPublicKeyPem: mpp.publicKeyPem,
    },
    kitPrivateKeyPem: kit.privateKeyPem,
    kitPublicKeyPem: kit.publicKeyPem,
    accounts: {
      payable: { userLoginId: "6281234567890", userLoginIdType: "MOBILE_PHONE", pin: "123456" },
      rejected: [],
    },
    order: { currency: "USD", value: "100", paymentMethodType: "CONNECT_WALLET" },
    verification: { driver: "form", timeoutMs: 10_000, evidenceDir: join(tmpdir(), "kit-evidence") },
    simulator: { host: "127.0.0.1", port: 0 },
    features: ["oneClickAuthorization", "smsResend", "paymentExpiry"],
    timing: { ...timingProfiles.fast },
    reportsDir: join(tmpdir(), "kit-reports"),
    ...overrides,
  };
  return { config, mpp, kit };
}

export function emptyTrace(scenario: TraceName = "happy-path"): import("../../core/trace").Trace {
  return {
    scenario,
    target: { baseUrl: "http://127.0.0.1:1" },
    features: [],
    startedAt: Date.now(),
    exchanges: [],
    verifications: [],
    notes: [],
  };
}
