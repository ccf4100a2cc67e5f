/**
 * Where the SMS code the user types comes from: the account's fixed code, or the MPP's sandbox
 * outbox (what the user's phone would show), fetched after the page issued it.
 */
import { setTimeout as delay } from "node:timers/promises";
import type { KitConfig } from "../config";
import type { VerificationRequest } from "../scenarios/context";

export type SmsCodeResult = { code: string } | { code?: undefined; problem: string };

/**
 * SMS gateways deliver asynchronously: a real MPP's outbox may show no code yet, or still the
 * old one after a resend, for a moment after the page said "sent". The outbox is asked again
 * until it shows a (new) code or this bound passes; only then is the answer judged. There is no
 * event to await on another party's outbox, so this is a bounded poll.
 */
export const outboxWait = { totalMs: 5_000, everyMs: 200 };

function outboxUrl(template: string, request: VerificationRequest): string {
  const values: Record<string, string> = {
    paymentId: request.paymentId ?? "",
    paymentRequestId: request.paymentRequestId,
    userLoginId: request.account.userLoginId,
  };
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? encodeURIComponent(values[name]!) : whole));
}

async function askOutbox(url: string, signal: AbortSignal): Promise<SmsCodeResult> {
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

/**
 * The code to type. With `newerThan` (the code before a resend), waits for the outbox to show a
 * different one; when it never does, that same code is returned and the caller judges it.
 */
export async function readSmsCode(config: KitConfig, request: VerificationRequest, signal: AbortSignal, newerThan?: string): Promise<SmsCodeResult> {
  if (request.account.smsCode !== undefined) return { code: request.account.smsCode };
  const template = config.verification.outboxUrl;
  if (!template) return { problem: "no SMS code: the account has no smsCode and verification.outboxUrl is not set" };
  if (template.includes("{paymentId}") && !request.paymentId) return { problem: "no SMS code: the outbox needs the paymentId, and the pay response gave none" };
  const url = outboxUrl(template, request);
  const deadline = performance.now() + outboxWait.totalMs;
  for (;;) {
    const result = await askOutbox(url, signal);
    const settled = result.code !== undefined && result.code !== newerThan;
    if (settled || performance.now() >= deadline || signal.aborted) return result;
    try {
      await delay(outboxWait.everyMs, undefined, { signal });
    } catch {
      return result; // the verification's deadline passed
    }
  }
}

/** A PIN that is certainly not the account's: each digit shifted by one. */
export function wrongPin(pin: string | undefined): string {
  if (!pin) return "000000";
  return pin.replace(/\d/g, (d) => String((Number(d) + 1) % 10)).replace(/^$/, "0") + (/\d/.test(pin) ? "" : "0");
}
