import { randomInt } from "node:crypto";

/**
 * Fresh paymentRequestIds in the seed's style: digits only, a timestamp then randomness, well
 * under the 64-character limit. Unique across concurrent scenarios and runs.
 */
export function newPaymentRequestId(now = new Date()): string {
  const stamp = now.toISOString().replace(/\D/g, "").slice(0, 17);
  const random = Array.from({ length: 14 }, () => randomInt(10)).join("");
  return `${stamp}${random}`;
}
