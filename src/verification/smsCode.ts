/**
 * Where the SMS code the user types comes from: the account's fixed code, or the MPP's sandbox
 * outbox (what the user's phone would show), fetched after the page issued it.
 */
import type { KitConfig } from "../config";
import type { VerificationRequest } from "../scenarios/context";

export type SmsCodeResult = { code: string } | { code?: undefined; problem: string };

function outboxUrl(template: string, request: VerificationRequest): string {
  const values: Record<string, string> = {
    paymentId: request.paymentId ?? "",
    paymentRequestId: request.paymentRequestId,
    userLoginId: request.account.userLoginId,
  };
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? encodeURIComponent(values[name]!) : whole));
}

export async function readSmsCode(config: KitConfig, request: VerificationRequest, signal: AbortSignal): Promise<SmsCodeResult> {
  if (request.account.smsCode !== undefined) return { code: request.account.smsCode };
  const template = config.verification.outboxUrl;
  if (!template) return { problem: "no SMS code: the account has no smsCode and verification.outboxUrl is not set" };
  if (template.includes("{paymentId}") && !request.paymentId) return { problem: "no SMS code: the outbox needs the paymentId, and the pay response gave none" };
  const url = outboxUrl(template, request);
  try {
    const response = await fetch(url, { signal });
    const text = await response.text();
    if (response.status !== 200) return { problem: `SMS outbox ${url} answered HTTP ${response.status}: ${text.slice(0, 200)}` };
    const code = (JSON.parse(text) as { code?: unknown }).code;
    return typeof code === "string" && code !== "" ? { code } : { problem: `SMS outbox ${url} gave no "code"` };
  } catch (e) {
    return { problem: `SMS outbox ${url} unreachable: ${(e as Error).message}` };
  }
}

/** A PIN that is certainly not the account's: each digit shifted by one. */
export function wrongPin(pin: string | undefined): string {
  if (!pin) return "000000";
  return pin.replace(/\d/g, (d) => String((Number(d) + 1) % 10)).replace(/^$/, "0") + (/\d/.test(pin) ? "" : "0");
}
