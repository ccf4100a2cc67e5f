/**
 * The response faults that bend what goes over the wire, applied at the edge after the
 * handler decided the answer (so replays under idempotency are bent the same way).
 */

import type { MppOperation } from "../../generated/validate";
import type { FaultSet } from "../faults";

type Body = Record<string, unknown>;

const AMOUNT_FIELDS = ["paymentAmount", "payToAmount"] as const;

export function bendResponse(op: MppOperation, original: Body, faults: FaultSet): Body {
  let body: Body = structuredClone(original);
  if (op === "pay" && faults.has("pay-response-invalid") && typeof body.paymentId === "string") {
    body.paymentId = body.paymentId.padEnd(65, "0");
  }
  if (op === "inquiryPayment" && faults.has("inquiry-response-invalid")) delete body.paymentResult;
  if (faults.has("empty-strings")) body = withEmptyOptionals(op, body);
  if (faults.has("numbers-not-strings")) {
    for (const field of AMOUNT_FIELDS) {
      const amount = body[field] as { value?: unknown } | undefined;
      if (amount && typeof amount.value === "string") amount.value = Number(amount.value);
    }
  }
  const result = body.result as { resultStatus?: unknown; resultCode?: unknown; resultMessage?: unknown } | undefined;
  if (faults.has("lowercase-status") && result && typeof result.resultStatus === "string") {
    result.resultStatus = result.resultStatus.toLowerCase();
  }
  if (faults.has("legacy-result-envelope") && result) {
    // The seed's phase-1 sample: {"resultInfo": {"resultCodeId": ..., "resultMsg": ...}}.
    delete body.result;
    body.resultInfo = {
      resultCodeId: result.resultCode,
      resultStatus: result.resultStatus,
      resultMsg: result.resultMessage,
    };
  }
  return body;
}

/** Optional ids that do not apply, sent as "" (still schema-valid: Id64 has no minimum). */
function withEmptyOptionals(op: MppOperation, body: Body): Body {
  const field = op === "pay" ? "paymentId" : "paymentRequestId";
  return field in body ? body : { ...body, [field]: "" };
}

/** The HTTP status a response goes out with: 200 for everything, unless a fault says otherwise. */
export function httpStatusFor(body: Body, faults: FaultSet): number {
  const status = (body.result as { resultStatus?: unknown } | undefined)?.resultStatus;
  return faults.has("errors-as-http-400") && status === "F" ? 400 : 200;
}
