/**
 * One reference MPP plus a callback receiver, wired with fresh keys, for HTTP-level tests.
 * Calls are signed exactly as Alipay+ signs them (src/core/signature.ts).
 */

import type { MppOperation } from "../../generated/validate";
import { isoDateTime } from "../../src/core/isoTime";
import { formatSignatureHeader, parseSignatureHeader, sign, verify } from "../../src/core/signature";
import type { FaultId } from "../faults";
import { generatePemKeyPair, type PemKeyPair } from "../pemKeyPair";
import { INQUIRY_PAYMENT_PATH, PAY_PATH } from "../server";
import { type RunningReferenceMpp, startReferenceMpp } from "../startReferenceMpp";
import { fastTiming, type Timing } from "../timing";
import type { PageStyle } from "../verification/pageStyles";
import { type CallbackReceiver, startCallbackReceiver } from "./callbackReceiver";

export const CLIENT_ID = "SANDBOX_TEST_CLIENT";
export const ACQUIRER_ID = "1022188000000000001";
export const PSP_ID = "1022160000000000000";

export interface TestKeys {
  alipay: PemKeyPair;
  mpp: PemKeyPair;
}

/** Key generation costs ~100 ms: make them once per test file. */
export function testKeys(): TestKeys {
  return { alipay: generatePemKeyPair(), mpp: generatePemKeyPair() };
}

export interface CallOptions {
  signature?: "valid" | "none" | "bad";
  clientId?: string;
}

export interface ApiAnswer {
  status: number;
  headers: Headers;
  text: string;
  json: Record<string, unknown>;
  /** Whether the response's Signature verifies with the MPP's public key. */
  signatureValid: boolean;
}

/**
 * Slack on top of the MPP's retry delay before "no more callbacks" is proven: the dispatcher
 * schedules a retry once it has read and verified the answer, which a loaded machine slows.
 */
export const RETRY_MARGIN_MS = 300;

/**
 * For an MPP that has no next attempt (acknowledged, or attempts used up): the longest interval
 * of its schedule, within which any wrong retry would come.
 */
export function longestRetryMs(timing: Timing): number {
  return Math.max(...timing.retryBackoffMs);
}

export interface Harness {
  mpp: RunningReferenceMpp;
  /** The MPP's clocks (fastTiming unless the test changed them): the retry schedule tests measure against. */
  timing: Timing;
  receiver: CallbackReceiver;
  keys: TestKeys;
  call(api: MppOperation, body: unknown, options?: CallOptions): Promise<ApiAnswer>;
  callRaw(api: MppOperation, body: string | Buffer, options?: CallOptions): Promise<ApiAnswer>;
  inquire(paymentRequestId: string, overrides?: Record<string, unknown>): Promise<ApiAnswer>;
  close(): Promise<void>;
}

export async function startHarness(
  keys: TestKeys,
  options: { faults?: FaultId[]; timing?: Partial<Timing>; database?: string; pageStyle?: PageStyle } = {},
): Promise<Harness> {
  const timing = { ...fastTiming, ...options.timing };
  const receiver = await startCallbackReceiver({
    alipayPrivateKeyPem: keys.alipay.privateKeyPem,
    mppPublicKeyPem: keys.mpp.publicKeyPem,
    clientId: CLIENT_ID,
  });
  const mpp = await startReferenceMpp({
    clientId: CLIENT_ID,
    alipayPublicKeyPem: keys.alipay.publicKeyPem,
    mppPrivateKeyPem: keys.mpp.privateKeyPem,
    alipayBaseUrl: receiver.baseUrl,
    faults: options.faults ?? [],
    timing,
    ...(options.database ? { database: options.database } : {}),
    ...(options.pageStyle ? { pageStyle: options.pageStyle } : {}),
  }).catch(async (error: unknown) => {
    await receiver.close();
    throw error;
  });
  const callRaw = (api: MppOperation, body: string | Buffer, callOptions: CallOptions = {}) =>
    signedCall(mpp.baseUrl, api === "pay" ? PAY_PATH : INQUIRY_PAYMENT_PATH, body, keys, callOptions);
  return {
    mpp,
    timing,
    receiver,
    keys,
    callRaw,
    call: (api, body, callOptions) => callRaw(api, JSON.stringify(body), callOptions),
    inquire: (paymentRequestId, overrides = {}) =>
      callRaw(
        "inquiryPayment",
        JSON.stringify({ acquirerId: ACQUIRER_ID, pspId: PSP_ID, paymentRequestId, ...overrides }),
      ),
    close: async () => {
      await mpp.close();
      await receiver.close();
    },
  };
}

export async function signedCall(
  baseUrl: string,
  path: string,
  body: string | Buffer,
  keys: TestKeys,
  options: CallOptions = {},
): Promise<ApiAnswer> {
  const clientId = options.clientId ?? CLIENT_ID;
  const requestTime = isoDateTime(Date.now());
  const headers: Record<string, string> = {
    "Content-Type": "application/json; charset=UTF-8",
    "Client-Id": clientId,
    "Request-Time": requestTime,
  };
  if (options.signature !== "none") {
    const signingKey = options.signature === "bad" ? keys.mpp.privateKeyPem : keys.alipay.privateKeyPem;
    headers.Signature = formatSignatureHeader(
      sign({ method: "POST", uri: path, clientId, time: requestTime, body }, signingKey),
    );
  }
  const response = await fetch(`${baseUrl}${path}`, {
    method: "POST",
    headers,
    body: typeof body === "string" ? body : new Uint8Array(body),
    signal: AbortSignal.timeout(15_000),
  });
  const text = await response.text();
  const header = parseSignatureHeader(response.headers.get("signature") ?? undefined);
  const responseTime = response.headers.get("response-time") ?? "";
  const signatureValid =
    !!header &&
    verify(
      { method: "POST", uri: path, clientId: response.headers.get("client-id") ?? "", time: responseTime, body: text },
      header.signature,
      keys.mpp.publicKeyPem,
    );
  let json: Record<string, unknown> = {};
  try {
    json = JSON.parse(text) as Record<string, unknown>;
  } catch {
    /* left {} */
  }
  return { status: response.status, headers: response.headers, text, json, signatureValid };
}

let sequence = 0;
/** A fresh paymentRequestId; unique within the test process. */
export function newRequestId(): string {
  sequence += 1;
  return `${Date.now()}${String(sequence).padStart(6, "0")}`;
}

const SEED_REDIRECT =
  "https://ac.alipay.com/page/antom-web-checkout/src/component-app/doubleFA/index.html?paymentSessionData=n5xHy7LlExD8%2BaNKekkKwPm%2FotYQ3UjTXDoh5tlj4R8QajYr0lNjqv%2B%2FOkMs4QLvfHFwC9QkDRio2sX34SSATg%3D%3D%26%26SG%26%26188&ps=EASY_PAY&pmct=WALLET&psv=2.0&app=app&en_US=en_US";
export const seedRedirectUrl = SEED_REDIRECT;

/** A pay body like the seed's, for the given login id; phase 1 when `evaluation`. */
export function payBody(
  options: {
    userLoginId?: string;
    paymentMethodId?: string;
    evaluation?: boolean;
    oneClick?: boolean;
    paymentRequestId?: string;
  } & Record<string, unknown> = {},
): Record<string, unknown> {
  const {
    userLoginId = "852-10000001",
    paymentMethodId,
    evaluation = false,
    oneClick = false,
    paymentRequestId = newRequestId(),
    ...extra
  } = options;
  const paymentRequest = paymentRequestId;
  return {
    acquirerId: ACQUIRER_ID,
    pspId: PSP_ID,
    paymentRequestId: paymentRequest,
    order: {
      referenceOrderId: `order-${paymentRequest}`,
      orderDescription: "Conformance test order",
      orderAmount: { currency: "HKD", value: "1000" },
      merchant: {
        referenceMerchantId: "2188120040699147",
        merchantName: "Test Merchant",
        merchantMCC: "5021",
        merchantAddress: { region: "SG" },
      },
    },
    paymentAmount: { currency: "HKD", value: "1000" },
    payToAmount: { currency: "HKD", value: "1000" },
    paymentMethod: {
      paymentMethodType: "ALIPAY_HK",
      ...(paymentMethodId !== undefined ? { paymentMethodId } : {}),
      paymentMethodMetaData: { userLoginId, userLoginIdType: "MOBILE" },
    },
    paymentFactor: {
      isAgreementPayment: "true",
      isEasyPayScenario: "true",
      ...(evaluation ? { isPaymentEvaluation: "true" } : {}),
      ...(oneClick ? { isAuthorizationAndPay: "true" } : {}),
    },
    ...(oneClick
      ? {
          authorizationInfo: {
            authClientId: "2188120040699147",
            authState: "authState_0918",
            referenceAgreementId: `agr${paymentRequest}`,
          },
        }
      : {}),
    ...(evaluation ? {} : { paymentRedirectUrl: SEED_REDIRECT }),
    ...extra,
  };
}
