/**
 * The default target: the reference MPP, started in this process and wired to the simulator.
 * This is the one door from src/ to reference-mpp/ (with the fault-matrix runner): the kit judges
 * any MPP, so nothing else may depend on ours. The layer rules (.dependency-cruiser.cjs) enforce it.
 */
import { generateKeyPairSync } from "node:crypto";
import { existsSync } from "node:fs";
import {
  type FaultId,
  fastTiming,
  type PageStyle,
  type RunningReferenceMpp,
  referenceAccounts,
  startReferenceMpp,
} from "../../reference-mpp";
import type { KitConfig } from "../config";
import type { DeepPartial } from "../config/configLayers";
import { systemChromiums } from "../verification/findChromium";

/** What the command line needs to name the embedded MPP's faults and page styles. */
export { type FaultId, isFaultId, isPageStyle, type PageStyle, pageStyles } from "../../reference-mpp";

export interface EmbeddedKeys {
  kitPrivateKeyPem: string;
  kitPublicKeyPem: string;
  mppPrivateKeyPem: string;
  mppPublicKeyPem: string;
}

let keys: EmbeddedKeys | undefined;

/** Fresh throwaway key pairs, made once per process (the fault matrix starts many MPPs). */
export function embeddedKeys(): EmbeddedKeys {
  if (!keys) {
    const pair = () =>
      generateKeyPairSync("rsa", {
        modulusLength: 2048,
        publicKeyEncoding: { type: "spki", format: "pem" },
        privateKeyEncoding: { type: "pkcs8", format: "pem" },
      });
    const kit = pair();
    const mpp = pair();
    keys = {
      kitPrivateKeyPem: kit.privateKey,
      kitPublicKeyPem: kit.publicKey,
      mppPrivateKeyPem: mpp.privateKey,
      mppPublicKeyPem: mpp.publicKey,
    };
  }
  return keys;
}

const CLIENT_ID = "SANDBOX_EASYPAY_KIT";
/** Stands in for the target URL until the MPP has bound its port (see withTargetUrl). */
const UNBOUND = "http://127.0.0.1:1";

/** The configuration base that points the kit at the reference MPP, accounts and all. */
export function embeddedBase(k: EmbeddedKeys): DeepPartial<KitConfig> {
  const { payable, frozen, poor, kycFailed, missingUserLoginId } = referenceAccounts;
  const rejected = (userLoginId: string, expectCode: string) => ({
    userLoginId,
    userLoginIdType: "MOBILE",
    expectCode,
  });
  return {
    target: {
      baseUrl: UNBOUND,
      clientId: CLIENT_ID,
      acquirerId: "1022188000000000001",
      pspId: "1022160000000000000",
      mppPublicKeyPem: k.mppPublicKeyPem,
    },
    kitPrivateKeyPem: k.kitPrivateKeyPem,
    kitPublicKeyPem: k.kitPublicKeyPem,
    accounts: {
      payable: { userLoginId: payable.userLoginId, userLoginIdType: payable.userLoginIdType, pin: payable.pin },
      rejected: [
        rejected(missingUserLoginId, "USER_NOT_EXIST"),
        rejected(frozen.userLoginId, "USER_STATUS_ABNORMAL"),
        rejected(poor.userLoginId, "USER_BALANCE_NOT_ENOUGH"),
        rejected(kycFailed.userLoginId, "USER_KYC_NOT_QUALIFIED"),
      ],
    },
    order: { currency: "HKD", value: "1000", paymentMethodType: "ALIPAY_HK" },
    verification: {
      // The real browser when there is one; the form driver (no browser) otherwise.
      // No steps: the drivers read every page style by what its controls say, as they would a new MPP's.
      driver: chromiumOnThisMachine() ? "browser" : "form",
    },
    features: ["oneClickAuthorization", "paymentExpiry", "smsResend"],
    // The embedded MPP waits fastTiming.callbackTimeoutMs for an acknowledgement: declared as a user would.
    timing: { profile: "fast", mppCallbackTimeoutMs: fastTiming.callbackTimeoutMs },
  };
}

/** The Chromium the embedded run would use, if this machine has one. */
export function chromiumOnThisMachine(env: NodeJS.ProcessEnv = process.env): string | undefined {
  return [env.CHROMIUM_PATH, ...systemChromiums].find((path) => path !== undefined && path !== "" && existsSync(path));
}

/**
 * The config once the reference MPP listens: its URL, its outbox and its test hook (unless the
 * config file names its own, e.g. to see how the kit reports an outbox that answers 404).
 */
export function withTargetUrl(config: KitConfig, baseUrl: string): KitConfig {
  return {
    ...config,
    target: { ...config.target, baseUrl },
    verification: {
      ...config.verification,
      outboxUrl: config.verification.outboxUrl ?? `${baseUrl}/sandbox/outbox?paymentId={paymentId}`,
      hookUrl: config.verification.hookUrl ?? `${baseUrl}/sandbox/verify`,
    },
  };
}

export function startEmbeddedMpp(
  config: KitConfig,
  k: EmbeddedKeys,
  alipayBaseUrl: string,
  faults: readonly FaultId[] = [],
  pageStyle?: PageStyle,
): Promise<RunningReferenceMpp> {
  return startReferenceMpp({
    clientId: config.target.clientId,
    alipayPublicKeyPem: k.kitPublicKeyPem,
    mppPrivateKeyPem: k.mppPrivateKeyPem,
    alipayBaseUrl,
    faults,
    timing: fastTiming,
    ...(pageStyle ? { pageStyle } : {}),
  });
}
