/** Fresh identifiers: paymentIds (digits, like the seed's) and unguessable page tokens. */
import { randomBytes, randomInt } from "node:crypto";

/** 30 digits: a date prefix for readability, then randomness so ids never collide. */
export function newPaymentId(now = new Date()): string {
  const date = now.toISOString().slice(0, 10).replace(/-/g, "");
  let digits = "";
  while (digits.length < 22) digits += String(randomInt(0, 1_000_000)).padStart(6, "0");
  return `${date}${digits.slice(0, 22)}`;
}

export function newVerifyToken(): string {
  return randomBytes(24).toString("base64url");
}

/** A 6-digit SMS code, leading zeros allowed. */
export function newSmsCode(): string {
  return String(randomInt(0, 1_000_000)).padStart(6, "0");
}
