/**
 * The callback direction (MPP -> Alipay+): the example pact contracts/ReferenceMPP-AlipayPlus.json
 * is produced here with the kit's CallbackContract helper from the reference MPP's own callback
 * bodies (reference-mpp/callbacks/callbackBodies.ts), then verified against the kit's Alipay+
 * simulator; a pact whose body or signature breaks the spec fails, naming the field.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { AuthNotifyRequest, NotifyPaymentRequest } from "../../generated/types";
import { referenceAccounts } from "../../reference-mpp";
import { authNotifyBody, notifyPaymentBody } from "../../reference-mpp/callbacks/callbackBodies";
import { FaultSet } from "../../reference-mpp/faults";
import type { PaymentRecord } from "../../reference-mpp/store/paymentStore";
import { loadConfig } from "../../src/config/loadConfig";
import { CallbackContract, CallbackContractError } from "../../src/contracts/callbackContract";
import { contractsDir } from "../../src/contracts/names";
import { verifyCallbacks } from "../../src/contracts/verifyCallbacks";
import { isoDateTime } from "../../src/core/isoTime";
import { formatSignatureHeader, sign } from "../../src/core/signature";
import { embeddedBase, embeddedKeys } from "../../src/run/embeddedTarget";
import { expectFreshContract } from "./contractFiles";

const fixtures = join(__dirname, "..", "fixtures", "signature");
const mppPrivateKeyPem = readFileSync(join(fixtures, "test-private.pem"), "utf8");
const mppPublicKeyPem = readFileSync(join(fixtures, "test-public.pem"), "utf8");
const clientId = "SANDBOX_EASYPAY_KIT";
const fileName = "ReferenceMPP-AlipayPlus.json";
const dir = mkdtempSync(join(tmpdir(), "easypay-callback-pact-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** One payment as the reference MPP stores it; fixed values so the pact is the same every run. */
function payment(status: PaymentRecord["status"], resultCode: string | null): PaymentRecord {
  const account = referenceAccounts.payable;
  return {
    paymentRequestId: "2026010100000000000000000000001",
    paymentId: "202601010000000000000000000001",
    acquirerId: "1022188000000000001",
    pspId: "1022160000000000000",
    fingerprint: "example",
    payResponse: {},
    userLoginId: account.userLoginId,
    customerId: account.customerId,
    status,
    resultCode,
    paymentAmount: { currency: "HKD", value: "1000" },
    payToAmount: { currency: "HKD", value: "1000" },
    paymentTime: status === "SUCCESS" ? "2026-01-01T00:00:10+08:00" : null,
    expiresAt: null,
    redirectUrl: null,
    notifyUrl: null,
    authorizationInfo: {
      authClientId: "2188120040699147",
      authState: "authState-example",
      referenceAgreementId: "ra2026010100000000000000000000001",
    },
    oneClick: true,
    verifyToken: null,
    wrongAttempts: 0,
    createdAt: 0,
  };
}

const noFaults = new FaultSet();
const succeeded = notifyPaymentBody(payment("SUCCESS", null), noFaults) as unknown as NotifyPaymentRequest;
const failed = notifyPaymentBody(
  payment("FAILED", "USER_PAYMENT_VERIFICATION_FAILED"),
  noFaults,
) as unknown as NotifyPaymentRequest;
// The reference MPP makes fresh random tokens; the pact keeps fixed examples of the same shape.
const tokenCreated = {
  ...(authNotifyBody(
    payment("SUCCESS", null),
    noFaults,
    Date.parse("2026-01-01T00:00:00+08:00"),
  ) as unknown as AuthNotifyRequest),
  accessToken: "exampleAccessToken0000000000000000000000000000000",
  refreshToken: "exampleRefreshToken000000000000000000000000000000",
} as AuthNotifyRequest;

/** Posts a callback the way the reference MPP's dispatcher does: signed with its key over the bytes sent. */
async function postSigned(url: string, path: string, body: object): Promise<void> {
  const bytes = JSON.stringify(body);
  const time = isoDateTime();
  const signature = formatSignatureHeader(
    sign({ method: "POST", uri: path, clientId, time, body: bytes }, mppPrivateKeyPem),
  );
  const answer = await fetch(url + path, {
    method: "POST",
    headers: {
      "Content-Type": "application/json; charset=UTF-8",
      "Client-Id": clientId,
      "Request-Time": time,
      Signature: signature,
    },
    body: bytes,
    signal: AbortSignal.timeout(5000),
  });
  expect(answer.status).toBe(200);
}

describe("ReferenceMPP -> AlipayPlus callback contract", () => {
  const callbacks = new CallbackContract({ consumer: "ReferenceMPP", dir, clientId, mppPrivateKeyPem });

  it("a successful payment is notified", () =>
    callbacks.notifyPayment("a notifyPayment for a successful payment", succeeded, (url) =>
      postSigned(url, "/aps/api/v1/payments/notifyPayment", succeeded),
    ));

  it("a failed payment is notified", () =>
    callbacks.notifyPayment("a notifyPayment for a failed payment", failed, (url) =>
      postSigned(url, "/aps/api/v1/payments/notifyPayment", failed),
    ));

  it("a created token is notified", () =>
    callbacks.authNotify("an authNotify TOKEN_CREATED after a one-click payment", tokenCreated, (url) =>
      postSigned(url, "/aps/api/v1/authorizations/authNotify", tokenCreated),
    ));

  it("refuses a body that breaks the spec, naming the field", async () => {
    const { paymentResult, ...rest } = succeeded;
    const broken = { ...rest, paymentResult: { resultStatus: paymentResult.resultStatus } } as NotifyPaymentRequest;
    await expect(callbacks.notifyPayment("a broken notifyPayment", broken, async () => undefined)).rejects.toThrow(
      CallbackContractError,
    );
    await expect(callbacks.notifyPayment("a broken notifyPayment", broken, async () => undefined)).rejects.toThrow(
      /paymentResult.*resultCode/,
    );
  });

  it("contracts/ holds exactly what these interactions produce", () => {
    expectFreshContract(fileName, readFileSync(join(dir, fileName), "utf8"));
  });
});

describe("verify-callbacks against the Alipay+ simulator", () => {
  const config = loadConfig({
    base: { ...embeddedBase(embeddedKeys()), target: { ...embeddedBase(embeddedKeys()).target, mppPublicKeyPem } },
    env: {},
  });
  const committed = join(contractsDir, fileName);

  function tampered(
    change: (pact: {
      interactions: Array<{ description: string; request: { body: { content: Record<string, unknown> } } }>;
    }) => void,
  ): string {
    const pact = JSON.parse(readFileSync(committed, "utf8"));
    change(pact);
    const file = join(dir, `tampered-${Date.now()}.json`);
    writeFileSync(file, JSON.stringify(pact));
    return file;
  }
  const notifySuccess = (pact: Parameters<Parameters<typeof tampered>[0]>[0]) =>
    pact.interactions.find((i) => i.description === "a notifyPayment for a successful payment")!.request.body.content;

  it("verifies the example pact made from the reference MPP's callback code", async () => {
    const verdict = await verifyCallbacks(committed, config);
    expect({ failures: verdict.failures, error: verdict.error }).toEqual({ failures: [], error: undefined });
    expect(verdict.passed).toBe(true);
  });

  it("fails a callback body that breaks the spec, naming the field", async () => {
    const file = tampered((pact) => delete (notifySuccess(pact).paymentResult as Record<string, unknown>).resultCode);
    const verdict = await verifyCallbacks(file, config);
    expect(verdict.passed).toBe(false);
    expect(verdict.failures).toContainEqual(
      expect.objectContaining({
        interaction: "a notifyPayment for a successful payment",
        field: "$.paymentResult.resultCode",
      }),
    );
  });

  it("fails a callback whose signature does not verify", async () => {
    const file = tampered((pact) => {
      notifySuccess(pact).paymentAmount = { currency: "HKD", value: "1001" };
    });
    const verdict = await verifyCallbacks(file, config);
    expect(verdict.passed).toBe(false);
    expect(verdict.failures).toContainEqual(
      expect.objectContaining({ field: "header Signature", received: expect.stringMatching(/does not verify/) }),
    );
  });
});
