/**
 * Schema validation of inbound bodies with the generated validators (spec/mpp.yaml). Returns
 * the problems in words, or [] when the body is valid.
 */

import type { MppOperation } from "../../generated/validate";
import { validate } from "../../generated/validate";
import type { FaultSet } from "../faults";

export function requestProblems(op: MppOperation, body: unknown, faults: FaultSet): string[] {
  const verdict = validate(op, "request", forgiven(op, body, faults));
  return verdict.valid ? [] : verdict.errors.map((e) => e.message);
}

/**
 * The order-ignores-missing-authorization-info fault: the schema itself requires
 * authorizationInfo with isAuthorizationAndPay "true", so the faulty MPP validates as if the
 * flag were absent.
 */
function forgiven(op: MppOperation, body: unknown, faults: FaultSet): unknown {
  if (op !== "pay" || !faults.has("order-ignores-missing-authorization-info")) return body;
  const pay = body as { paymentFactor?: Record<string, unknown>; authorizationInfo?: unknown } | null;
  if (
    !pay ||
    typeof pay !== "object" ||
    pay.authorizationInfo !== undefined ||
    typeof pay.paymentFactor !== "object" ||
    pay.paymentFactor === null
  )
    return body;
  const { isAuthorizationAndPay: _ignored, ...factor } = pay.paymentFactor;
  return { ...pay, paymentFactor: factor };
}
