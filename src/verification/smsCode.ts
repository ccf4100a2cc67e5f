/**
 * Where the SMS code the user types comes from: the account's fixed code, or the MPP's sandbox
 * outbox (what the user's phone would show), fetched after the page issued it.
 */
import { setTimeout as delay } from "node:timers/promises";
import type { KitConfig } from "../config";
import type { VerificationRequest } from "../core/engine";

/** A code as the outbox shows it; `sentAt` (when the outbox gives it) tells a re-sent SMS from the same one. */
export type SmsCodeResult = { code: string; sentAt?: string } | { code?: undefined; problem: string };

export type SmsCode = Extract<SmsCodeResult, { code: string }>;

/** Whether `latest` is a new SMS compared with `before`: another code, or the same one sent again. */
export function isNewSms(latest: SmsCode, before: SmsCode | undefined): boolean {
  if (!before) return true;
  return latest.code !== before.code || (latest.sentAt !== undefined && latest.sentAt !== before.sentAt);
}

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
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? encodeURIComponent(values[name]!) : whole,
  );
}

async function askOutbox(url: string, signal: AbortSignal): Promise<SmsCodeResult> {
  try {
    const response = await fetch(url, { signal });
    const text = await response.text();
    if (response.status !== 200)
      return { problem: `SMS outbox ${url} answered HTTP ${response.status}: ${text.slice(0, 200)}` };
    const { code, sentAt } = JSON.parse(text) as { code?: unknown; sentAt?: unknown };
    if (typeof code !== "string" || code === "") return { problem: `SMS outbox ${url} gave no "code"` };
    return typeof sentAt === "string" ? { code, sentAt } : { code };
  } catch (e) {
    return { problem: `SMS outbox ${url} unreachable: ${(e as Error).message}` };
  }
}

/**
 * The code to type. With `newerThan` (the SMS before a resend), waits for the outbox to show a
 * new SMS; when it never does, that same one is returned and the caller judges it.
 */
export async function readSmsCode(
  config: KitConfig,
  request: VerificationRequest,
  signal: AbortSignal,
  newerThan?: SmsCode,
): Promise<SmsCodeResult> {
  if (request.account.smsCode !== undefined) return { code: request.account.smsCode };
  const template = config.verification.outboxUrl;
  if (!template) return { problem: "no SMS code: the account has no smsCode and verification.outboxUrl is not set" };
  if (template.includes("{paymentId}") && !request.paymentId)
    return { problem: "no SMS code: the outbox needs the paymentId, and the pay response gave none" };
  const url = outboxUrl(template, request);
  const deadline = performance.now() + outboxWait.totalMs;
  for (;;) {
    const result = await askOutbox(url, signal);
    const settled = result.code !== undefined && isNewSms(result, newerThan);
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
