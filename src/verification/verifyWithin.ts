/**
 * The frame every driver shares: a fresh record, a deadline (verification.timeoutMs) that
 * aborts whatever is in flight, and a guarantee that verify() never throws.
 */
import { setMaxListeners } from "node:events";
import type { KitConfig } from "../config";
import type { VerificationDriver, VerificationRequest } from "../core/engine";
import type { VerificationRecord } from "../core/trace";

export function newRecord(request: VerificationRequest, driver: VerificationDriver["name"]): VerificationRecord {
  return {
    step: request.step,
    paymentRequestId: request.paymentRequestId,
    driver,
    paymentUrl: request.paymentUrl,
    intended: request.intended,
    pageServed: false,
    expectedRedirectBase: request.redirectBase,
    screenshots: [],
    durationMs: 0,
  };
}

export async function verifyWithin(
  config: KitConfig,
  request: VerificationRequest,
  driver: VerificationDriver["name"],
  work: (record: VerificationRecord, signal: AbortSignal) => Promise<void>,
): Promise<VerificationRecord> {
  const record = newRecord(request, driver);
  const started = performance.now();
  const controller = new AbortController();
  // One verification makes many requests under this signal (page, outbox, resend, retries);
  // each adds a listener, and all go with the controller when the verification ends.
  setMaxListeners(0, controller.signal);
  const timeoutMs = config.verification.timeoutMs;
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<void>((resolve) => {
    timer = setTimeout(() => {
      record.error ??= `verification did not finish within ${timeoutMs} ms (verification.timeoutMs)`;
      controller.abort(new Error(`verification timed out after ${timeoutMs} ms`));
      resolve();
    }, timeoutMs);
  });
  try {
    await Promise.race([work(record, controller.signal), deadline]);
  } catch (e) {
    record.error ??= `driver failure: ${(e as Error).message}`;
  } finally {
    clearTimeout(timer);
    controller.abort(); // stop anything still in flight after an early error
  }
  record.durationMs = Math.round(performance.now() - started);
  return record;
}
