/**
 * The `http` driver: the MPP's own test hook ends verification without a page. It POSTs
 * {paymentId, outcome} to verification.hookUrl, then sends the "user" to the redirectUrl the
 * hook answers (fetched from the simulator, so the landing is recorded like a browser's).
 * The page is still fetched once, to judge that it is served. It cannot exercise SMS resend.
 */
import type { KitConfig } from "../config";
import type { VerificationDriver, VerificationRequest } from "../core/engine";
import type { VerificationRecord } from "../core/trace";
import { checkPage } from "./checkPage";
import { verifyWithin } from "./verifyWithin";

async function useHook(
  config: KitConfig,
  request: VerificationRequest,
  record: VerificationRecord,
  signal: AbortSignal,
): Promise<void> {
  Object.assign(record, await checkPage(request.paymentUrl, signal));
  if (request.intended === "resend-then-success" || request.intended === "old-code-after-resend") {
    record.resend = {
      requested: false,
      accepted: false,
      problem: "the http driver cannot ask for a new SMS code; use the form or browser driver",
    };
  }
  if (!request.paymentId) {
    record.error = "the http driver needs the paymentId from the pay response, and there is none";
    return;
  }
  const outcome = request.intended === "fail" ? "fail" : "success";
  const hookUrl = config.verification.hookUrl!;
  let redirectUrl: unknown;
  try {
    const response = await fetch(hookUrl, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ paymentId: request.paymentId, outcome }),
      signal,
    });
    const text = await response.text();
    if (response.status !== 200) {
      record.error = `test hook ${hookUrl} answered HTTP ${response.status}: ${text.slice(0, 200)}`;
      return;
    }
    redirectUrl = (JSON.parse(text) as { redirectUrl?: unknown }).redirectUrl;
  } catch (e) {
    record.error = `test hook ${hookUrl} failed: ${(e as Error).message}`;
    return;
  }
  if (typeof redirectUrl !== "string") {
    record.error = `test hook ${hookUrl} gave no redirectUrl`;
    return;
  }
  record.landedAt = redirectUrl;
  await fetch(redirectUrl, { redirect: "manual", signal }).then(
    (r) => r.body?.cancel(),
    () => undefined,
  );
}

export function httpDriver(config: KitConfig): VerificationDriver {
  return {
    name: "http",
    verify: (request) =>
      verifyWithin(config, request, "http", (record, signal) => useHook(config, request, record, signal)),
    close: async () => undefined,
  };
}
