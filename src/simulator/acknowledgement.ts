/**
 * What the simulator answers a callback with, as scripted: a signed JSON acknowledgement
 * (S/U/F), a bad signature, or an HTTP 500. (A "no-answer" never gets here: it is silence.)
 */
import type { KeyObject } from "node:crypto";
import type { AuthNotifyResponse, NotifyPaymentResponse } from "../../generated/types";
import type { CallbackOperation } from "../../generated/validate";
import type { CallbackAnswer } from "../core/engine";
import { isoDateTime } from "../core/isoTime";
import { formatSignatureHeader, sign } from "../core/signature";

export interface Acknowledgement {
  status: number;
  headers: Record<string, string>;
  body: string;
}

export interface AckContext {
  api: CallbackOperation;
  /** The request URI the MPP posted to; the ack's signature covers it. */
  uri: string;
  clientId: string;
  acquirerId: string;
  pspId: string;
  kitKey: KeyObject;
}

const results = {
  S: { resultCode: "SUCCESS", resultStatus: "S", resultMessage: "success" },
  U: {
    resultCode: "UNKNOWN_EXCEPTION",
    resultStatus: "U",
    resultMessage: "An API calling is failed, which is caused by unknown reasons.",
  },
  F: { resultCode: "PROCESS_FAIL", resultStatus: "F", resultMessage: "A general business failure occurred." },
} as const;

function ackBody(status: keyof typeof results, context: AckContext): NotifyPaymentResponse | AuthNotifyResponse {
  const result = results[status];
  // The authNotify sample answers with acquirerId and pspId beside the result (docs/alipayplus/auth-notify.md#auth-notify).
  return context.api === "authNotify" ? { result, acquirerId: context.acquirerId, pspId: context.pspId } : { result };
}

export function acknowledgement(
  answer: Exclude<CallbackAnswer, { kind: "no-answer" }>,
  context: AckContext,
): Acknowledgement {
  if (answer.kind === "http-500") {
    return { status: 500, headers: { "content-type": "text/plain; charset=UTF-8" }, body: "simulated HTTP 500" };
  }
  const body = JSON.stringify(ackBody(answer.kind === "bad-signature" ? "S" : answer.kind, context));
  const time = isoDateTime();
  // bad-signature: a well-formed header over other bytes, so only verification can tell.
  const signed = answer.kind === "bad-signature" ? `${body} ` : body;
  const signature = sign(
    { method: "POST", uri: context.uri, clientId: context.clientId, time, body: signed },
    context.kitKey,
  );
  return {
    status: 200,
    headers: {
      "content-type": "application/json; charset=UTF-8",
      "client-id": context.clientId,
      "response-time": time,
      signature: formatSignatureHeader(signature),
    },
    body,
  };
}
