/**
 * Plays the intended outcome on the verification page and fills the VerificationRecord:
 *   success              right PIN and code → redirected
 *   fail                 wrong PIN, resubmitted until the MPP gives up and redirects (bounded)
 *   resend-then-success  read code 1, resend, read code 2 (must differ), submit code 1 (must be
 *   old-code-after-resend  refused: page shown again), then code 2 → redirected
 * Never throws: every failure becomes record.error.
 */
import type { KitConfig } from "../config";
import type { VerificationRequest } from "../scenarios/context";
import type { VerificationRecord } from "../trace";
import type { PageSession, SubmitOutcome } from "./PageSession";
import { isNewSms, readSmsCode, type SmsCode, wrongPin } from "./smsCode";

export interface VerificationRun {
  config: KitConfig;
  request: VerificationRequest;
  session: PageSession;
  /** Aborted when the verification's time is up. */
  signal: AbortSignal;
}

type Record = VerificationRecord;

/** How long a shown page may take to move on by itself before a success is judged missing. */
const settleMs = 5_000;

/** A page shown after what should complete the payment may still be on its way (script redirect). */
async function settle(run: VerificationRun, outcome: SubmitOutcome): Promise<SubmitOutcome> {
  if (outcome.kind !== "page" || !run.session.awaitRedirect) return outcome;
  const url = await run.session.awaitRedirect(settleMs);
  return url ? { kind: "redirected", url } : outcome;
}

const landed = (record: Record, outcome: SubmitOutcome): boolean => {
  if (outcome.kind === "redirected") record.landedAt = outcome.url;
  if (outcome.kind === "error") record.error = outcome.message;
  return outcome.kind === "redirected";
};

async function sms(run: VerificationRun, record: Record, newerThan?: SmsCode): Promise<SmsCode | undefined> {
  const result = await readSmsCode(run.config, run.request, run.signal, newerThan);
  if (result.code === undefined) {
    record.error = result.problem;
    return undefined;
  }
  return result;
}

async function code(run: VerificationRun, record: Record): Promise<string | undefined> {
  return (await sms(run, record))?.code;
}

async function success(run: VerificationRun, record: Record): Promise<void> {
  const smsCode = await code(run, record);
  if (record.error) return;
  const outcome = await settle(run, await run.session.submit({ pin: run.request.account.pin, smsCode }, "verify"));
  if (!landed(record, outcome) && outcome.kind === "page") {
    record.error = `the page was shown again after the right PIN and code, no redirect: ${outcome.text.slice(0, 200)}`;
  }
}

async function fail(run: VerificationRun, record: Record): Promise<void> {
  const smsCode = await code(run, record);
  if (record.error) return;
  const attempts = run.config.verification.maxAttempts ?? 10;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    const outcome = await run.session.submit({ pin: wrongPin(run.request.account.pin), smsCode }, "verify");
    if (landed(record, outcome) || outcome.kind === "error") return;
  }
  record.error = `the MPP never sent the user back after ${attempts} wrong PINs`;
}

async function resendThenSuccess(run: VerificationRun, record: Record): Promise<void> {
  const resend: NonNullable<Record["resend"]> = { requested: true, accepted: false };
  record.resend = resend;
  const first = await sms(run, record);
  if (!first) return;
  const afterResend = await run.session.submit({}, "resend");
  if (afterResend.kind !== "page") {
    resend.problem = afterResend.kind === "redirected" ? `asking for a new code sent the user back to ${afterResend.url}` : afterResend.message;
    landed(record, afterResend);
    return;
  }
  const second = await sms(run, record, first);
  if (!second) return;
  // "Resending a new SMS" (seed step 3): a new code, or the same code sent again (a later sentAt).
  resend.accepted = isNewSms(second, first);
  const sameCode = second.code === first.code;
  if (sameCode && resend.accepted) resend.sameCode = true;
  if (!resend.accepted) {
    resend.problem = run.request.account.smsCode !== undefined
      ? "the account has a fixed smsCode, so a new code cannot be told from the old one"
      : "no new SMS after the resend: the outbox shows the same code, sent at the same time";
  }
  const old = await run.session.submit({ pin: run.request.account.pin, smsCode: first.code }, "verify");
  if (old.kind === "error") return void landed(record, old);
  if (!sameCode) resend.oldCodeRefused = old.kind === "page";
  if (old.kind === "redirected") return void landed(record, old); // the old code completed the payment
  const outcome = await settle(run, await run.session.submit({ pin: run.request.account.pin, smsCode: second.code }, "verify"));
  if (!landed(record, outcome) && outcome.kind === "page") record.error = `the new code was refused too: ${outcome.text.slice(0, 200)}`;
}

const plays = { success, fail, "resend-then-success": resendThenSuccess, "old-code-after-resend": resendThenSuccess };

export async function runVerification(run: VerificationRun, record: Record): Promise<void> {
  const opened = await run.session.open();
  record.pageServed = opened.served;
  if (opened.problem) record.pageProblem = opened.problem;
  if (opened.redirectedTo) {
    record.landedAt = opened.redirectedTo;
    return;
  }
  if (!opened.served) {
    record.error = `the paymentUrl did not serve a verification page: ${opened.problem ?? "unknown reason"}`;
    return;
  }
  await plays[run.request.intended](run, record);
}
