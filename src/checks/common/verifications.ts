/**
 * The verification records of a trace, and what is known about each payment's outcome, for
 * the verify.* and inquiry.* rules.
 */
import type { Trace, VerificationRecord } from "../../core/trace";
import type { Evidence } from "../../core/verdicts";
import { readPaymentResult } from "./answers";
import { lastInquiry, notPending, orderAt } from "./order";

export const verificationScenarios = [
  "happy-path",
  "one-click",
  "verification-failed",
  "sms-resend",
  "callback-retries",
] as const;

/** Evidence pointing at a verification record (no exchange: the driver's own account of it). */
export function evidenceOfRecord(record: VerificationRecord, path?: string): Evidence {
  return { step: record.step, api: "verification", ...(path ? { path } : {}) };
}

/** Why there is no verification to judge in this trace (the order step explains it). */
export function noVerificationReason(trace: Trace): string {
  return (
    notPending(orderAt(trace)) ??
    (orderAt(trace)?.paymentUrl
      ? "no verification was recorded"
      : "the order gave no paymentUrl (order.in-process-fields reports it)")
  );
}

/**
 * What the drivers report when the MPP, not the driver, kept the user from the redirect
 * (src/verification/runVerification.ts words them so).
 */
const mppKeptUserOnPage = [
  /^the page was shown again/,
  /^the PIN page was shown again after the right PIN/,
  /^the MPP never sent the user back/,
  /^the new code was refused too/,
];

/**
 * Why the driver could not play its part, when nothing says the page was at fault: it got no
 * SMS code to type, its browser failed, its time ran out. The redirect rules cannot be judged
 * then; a skip says why (a false alarm would send the MPP engineer after the wrong bug).
 */
export function driverStuck(record: VerificationRecord): string | undefined {
  if (record.landedAt || record.deadEnd || !record.error) return undefined;
  if (mppKeptUserOnPage.some((pattern) => pattern.test(record.error!))) return undefined;
  return `the ${record.driver} driver could not finish the verification: ${record.error}`;
}

/** Why a record says nothing about the redirect: the page, the resend or the driver failed first. */
export function redirectUnjudgeable(record: VerificationRecord): string | undefined {
  if (record.pageUnjudged) return `the ${record.driver} driver could not open the page: ${record.pageUnjudged}`;
  if (!record.pageServed) return "the verification page was not served (verify.page-served reports it)";
  // A page the user cannot leave is the MPP's failure to redirect, whatever came before it.
  if (record.deadEnd) return undefined;
  if (record.resend?.requested && !record.resend.accepted && !record.landedAt)
    return "asking for a new SMS code failed (verify.sms-resend reports it)";
  return driverStuck(record);
}

/** A verification that ran to its end: page served, no driver error. Otherwise why not. */
export function incomplete(record: VerificationRecord): string | undefined {
  if (record.pageUnjudged) return `the ${record.driver} driver could not open the page: ${record.pageUnjudged}`;
  if (!record.pageServed) return `the verification page was not served (verify.page-served reports it)`;
  if (record.error) return `the ${record.driver} driver could not complete the verification: ${record.error}`;
  return undefined;
}

/** The payment's final outcome as inquiryPayment last reported it, if final. */
export function finalOutcome(trace: Trace, paymentRequestId: string): "success" | "fail" | undefined {
  const last = lastInquiry(trace, paymentRequestId);
  const reading = last && readPaymentResult(last);
  if (reading?.kind !== "read") return undefined;
  return reading.status === "S" ? "success" : reading.status === "F" ? "fail" : undefined;
}

/** The outcome the scenario meant the verification to have. */
export function intendedOutcome(record: VerificationRecord): "success" | "fail" | undefined {
  if (record.intended === "success" || record.intended === "resend-then-success") return "success";
  return record.intended === "fail" ? "fail" : undefined;
}
