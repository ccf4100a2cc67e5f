/**
 * For MPP teams: describe the callbacks your code sends to Alipay+ (notifyPayment, authNotify)
 * in your own consumer tests, and get a pact with consumer = your MPP, provider AlipayPlus.
 * Bodies are typed from generated/ and validated against spec/alipayplus.yaml before they
 * enter the pact; `npm run contracts:verify-callbacks -- --pact FILE` verifies the pact
 * against the kit's Alipay+ simulator.
 *
 *   const callbacks = new CallbackContract({ consumer: "MyWallet", dir: "pacts", clientId, mppPrivateKeyPem });
 *   await callbacks.notifyPayment("a successful payment is notified", body, (alipayPlusUrl) => myNotifier.send(alipayPlusUrl, payment));
 */
import { MatchersV3, PactV4 } from "@pact-foundation/pact";
import type { AuthNotifyRequest, NotifyPaymentRequest } from "../../generated/types";
import { type CallbackOperation, validate } from "../../generated/validate";
import { formatSignatureHeader, sign } from "../core/signature";
import { callbackPaths } from "../simulator/simulatorHandlers";
import { canonicalJson } from "./canonicalJson";

const { like, regex } = MatchersV3;

export interface CallbackContractOptions {
  /** Your MPP's name in the pact (and in your Pact Broker). */
  consumer: string;
  provider?: string;
  /** Where the pact file is written. */
  dir: string;
  /** The Client-Id your callbacks carry. */
  clientId: string;
  /** Your test key: it signs each example, so the pact verifies against the simulator holding your public key. */
  mppPrivateKeyPem: string;
}

export class CallbackContractError extends Error {}

/** Fields whose values change per payment or per run: matched by type, not value. */
const perRun: Record<CallbackOperation, readonly string[]> = {
  notifyPayment: [
    "acquirerId",
    "pspId",
    "paymentRequestId",
    "paymentId",
    "paymentTime",
    "customerId",
    "paymentAmount",
    "payToAmount",
  ],
  authNotify: [
    "acquirerId",
    "pspId",
    "authClientId",
    "authState",
    "referenceAgreementId",
    "accessToken",
    "accessTokenExpiryTime",
    "refreshToken",
    "refreshTokenExpiryTime",
    "customerId",
    "userLoginId",
  ],
};

const isoTime = "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:?\\d{2})$";
const signaturePattern = "^algorithm=RSA256,\\s*keyVersion=\\d+,\\s*signature=\\S+$";
/** A fixed example time, so the pact (and its example signature) is the same on every run. */
export const exampleRequestTime = "2026-01-01T00:00:00+08:00";

export class CallbackContract {
  private readonly pact: PactV4;

  constructor(private readonly options: CallbackContractOptions) {
    this.pact = new PactV4({
      consumer: options.consumer,
      provider: options.provider ?? "AlipayPlus",
      dir: options.dir,
      logLevel: "error",
    });
  }

  notifyPayment(
    description: string,
    body: NotifyPaymentRequest,
    send: (alipayPlusBaseUrl: string) => Promise<void>,
  ): Promise<void> {
    return this.callback("notifyPayment", description, body, send);
  }

  authNotify(
    description: string,
    body: AuthNotifyRequest,
    send: (alipayPlusBaseUrl: string) => Promise<void>,
  ): Promise<void> {
    return this.callback("authNotify", description, body, send);
  }

  private async callback(
    api: CallbackOperation,
    description: string,
    body: object,
    send: (alipayPlusBaseUrl: string) => Promise<void>,
  ): Promise<void> {
    const verdict = validate(api, "request", body);
    if (!verdict.valid)
      throw new CallbackContractError(
        `${description}: the ${api} body breaks spec/alipayplus.yaml: ${verdict.errors.map((e) => e.message).join("; ")}`,
      );
    const path = callbackPaths[api];
    const signature = sign(
      {
        method: "POST",
        uri: path,
        clientId: this.options.clientId,
        time: exampleRequestTime,
        body: canonicalJson(body),
      },
      this.options.mppPrivateKeyPem,
    );
    const template = Object.fromEntries(
      Object.entries(body).map(([key, value]) => [key, perRun[api].includes(key) ? like(value) : value]),
    );
    await this.pact
      .addInteraction()
      .uponReceiving(description)
      .withRequest("POST", path, (b) =>
        b
          .headers({
            "Content-Type": "application/json; charset=UTF-8",
            "Client-Id": this.options.clientId,
            "Request-Time": regex(isoTime, exampleRequestTime),
            Signature: regex(signaturePattern, formatSignatureHeader(signature)),
          })
          .jsonBody(template),
      )
      .willRespondWith(200, (b) => b.jsonBody({ result: { resultStatus: "S", resultCode: "SUCCESS" } }))
      .executeTest(async (mock) => send(mock.url));
  }
}
