/**
 * Plays the intended outcome on the verification page and fills the VerificationRecord:
 *   success              right PIN and code → redirected
 *   fail                 wrong PIN, resubmitted until the MPP gives up and redirects (bounded)
 *   resend-then-success  read code 1, resend, read code 2 (must differ), submit code 1 (must be
 *   old-code-after-resend  refused: page shown again), then code 2 → redirected
 * Before the first code is read the page is brought to where it sends one: "Send code" is
 * pressed when the page has it, and a PIN-only first page is submitted (PIN, then code).
 * A page the user cannot leave is recorded as record.deadEnd (the MPP's failure); what the
 * driver cannot do is record.error. Never throws.
 */
import type { KitConfig } from "../config";
import type { VerificationRequest } from "../core/engine";
import type { VerificationRecord } from "../core/trace";
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
type Values = { pin?: string; smsCode?: string };

/** Records how a submission ended; true when the verification is over (landed, stuck, or failed). */
function ended(run: VerificationRun, record: Record, outcome: SubmitOutcome, after: string): boolean {
  // Past the deadline the record is already judged (timed out); what the closed page shows now is no evidence.
  if (run.signal.aborted) return true;
  if (outcome.kind === "redirected") record.landedAt = outcome.url;
  if (outcome.kind === "dead-end")
    record.deadEnd = `after ${after} the page left the user with no way on (no form, no link, no redirect): ${outcome.text}`;
  if (outcome.kind === "error") record.error = outcome.message;
  return outcome.kind !== "page";
}

async function sms(run: VerificationRun, record: Record, newerThan?: SmsCode): Promise<SmsCode | undefined> {
  const result = await readSmsCode(run.config, run.request, run.signal, newerThan);
  if (result.code === undefined) {
    if (!run.signal.aborted) record.error = result.problem;
    return undefined;
  }
  return result;
}

/** The values the current page asks for. */
function typed(run: VerificationRun, pin: string | undefined, smsCode: string | undefined): Values {
  const view = run.session.view();
  return { ...(view?.asksPin ? { pin } : {}), ...(view?.asksCode ? { smsCode } : {}) };
}

/**
 * Brings the page to where it asks for the SMS code and has sent one: presses "Send code" once,
 * submits a PIN-only page first. Returns "ready", or the outcome that ended the way there.
 */
async function reachCode(run: VerificationRun, pin: string | undefined): Promise<"ready" | SubmitOutcome> {
  let sent = false;
  for (let step = 0; step < (run.config.verification.maxAttempts ?? 10); step++) {
    const view = run.session.view();
    if (!view) return { kind: "error", message: "no page" };
    if (view.problem) return { kind: "error", message: view.problem };
    if (view.canSendCode && !sent && (view.asksCode || !view.asksPin)) {
      sent = true;
      const outcome = await run.session.act("send-code", typed(run, pin, undefined));
      // Not the end of a verification (the redirect rules' business): the run cannot go on, and says why.
      if (outcome.kind === "dead-end")
        return { kind: "error", message: `pressing "Send code" ended on a page with no way on: ${outcome.text}` };
      if (outcome.kind !== "page") return outcome;
      continue;
    }
    if (view.asksCode || !view.asksPin) return "ready";
    const outcome = await run.session.act("verify", { pin });
    if (outcome.kind !== "page") return outcome;
    const next = run.session.view();
    if (next?.asksPin && !next.asksCode) return outcome; // the PIN page again: the PIN was refused
  }
  return { kind: "error", message: "the page never asked for the SMS code" };
}

async function success(run: VerificationRun, record: Record): Promise<void> {
  const pin = run.request.account.pin;
  const ready = await reachCode(run, pin);
  if (ready !== "ready") {
    if (!ended(run, record, ready, "the right PIN"))
      record.error = `the PIN page was shown again after the right PIN: ${ready.kind === "page" ? ready.text.slice(0, 200) : ""}`;
    return;
  }
  const smsCode = run.session.view()?.asksCode ? (await sms(run, record))?.code : undefined;
  if (record.error) return;
  const outcome = await run.session.act("verify", typed(run, pin, smsCode));
  if (!ended(run, record, outcome, "the right PIN and code") && outcome.kind === "page") {
    record.error = `the page was shown again after the right PIN and code, no redirect: ${outcome.text.slice(0, 200)}`;
  }
}

async function fail(run: VerificationRun, record: Record): Promise<void> {
  const wrong = wrongPin(run.request.account.pin);
  const view = run.session.view();
  let smsCode: string | undefined;
  // Only the PIN is wrong: a page asking for both gets the right code, sent first if need be.
  if (view?.asksPin && view.asksCode) {
    const ready = await reachCode(run, undefined);
    if (ready !== "ready" && ended(run, record, ready, "asking for a code")) return;
    smsCode = (await sms(run, record))?.code;
    if (record.error) return;
  }
  const attempts = run.config.verification.maxAttempts ?? 10;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    if (run.session.view()?.problem) {
      record.error = run.session.view()!.problem;
      return;
    }
    const outcome = await run.session.act("verify", typed(run, wrong, smsCode));
    if (ended(run, record, outcome, `wrong PIN number ${attempt}`)) return;
  }
  record.error = `the MPP never sent the user back after ${attempts} wrong PINs`;
}

async function resendThenSuccess(run: VerificationRun, record: Record): Promise<void> {
  const pin = run.request.account.pin;
  const resend: NonNullable<Record["resend"]> = { requested: true, accepted: false };
  record.resend = resend;
  const ready = await reachCode(run, pin);
  if (ready !== "ready") {
    if (!ended(run, record, ready, "the right PIN"))
      record.error = `the PIN page was shown again after the right PIN: ${ready.kind === "page" ? ready.text.slice(0, 200) : ""}`;
    return;
  }
  const first = await sms(run, record);
  if (!first) return;
  const afterResend = await run.session.act("resend", {});
  if (afterResend.kind !== "page") {
    if (run.signal.aborted) return;
    // What the driver could not do (no control it recognised, a browser failure) is no evidence against the MPP.
    if (afterResend.kind === "error") {
      record.error = afterResend.message;
      return;
    }
    resend.problem =
      afterResend.kind === "redirected"
        ? `asking for a new code sent the user back to ${afterResend.url}`
        : `asking for a new code ended on a page with no way on: ${afterResend.text}`;
    // The redirect rules judge how a verification ends; a resend that went nowhere is verify.sms-resend's.
    if (afterResend.kind === "dead-end") record.error = resend.problem;
    else ended(run, record, afterResend, "asking for a new code");
    return;
  }
  const second = await sms(run, record, first);
  if (!second) return;
  // "Resending a new SMS" (seed step 3 (docs/alipayplus/easy-pay-flow.md#step-3-verification)): a new code, or the same code sent again (a later sentAt).
  resend.accepted = isNewSms(second, first);
  const sameCode = second.code === first.code;
  if (sameCode && resend.accepted) resend.sameCode = true;
  if (!resend.accepted) {
    resend.problem =
      run.request.account.smsCode !== undefined
        ? "the account has a fixed smsCode, so a new code cannot be told from the old one"
        : "no new SMS after the resend: the outbox shows the same code, sent at the same time";
  }
  const old = await run.session.act("verify", typed(run, pin, first.code));
  if (old.kind === "error") return void ended(run, record, old, "");
  if (!sameCode) resend.oldCodeRefused = old.kind === "page";
  if (old.kind !== "page") return void ended(run, record, old, "the old code"); // the old code ended the verification
  const outcome = await run.session.act("verify", typed(run, pin, second.code));
  if (!ended(run, record, outcome, "the new code") && outcome.kind === "page")
    record.error = `the new code was refused too: ${outcome.text.slice(0, 200)}`;
}

const plays = { success, fail, "resend-then-success": resendThenSuccess, "old-code-after-resend": resendThenSuccess };

export async function runVerification(run: VerificationRun, record: Record): Promise<void> {
  const opened = await run.session.open();
  record.pageServed = opened.served;
  if (opened.problem) record.pageProblem = opened.problem;
  if (opened.driverFailed) record.pageUnjudged = opened.driverFailed;
  if (opened.redirectedTo) {
    record.landedAt = opened.redirectedTo;
    return;
  }
  if (opened.driverFailed) {
    record.error = opened.driverFailed;
    return;
  }
  if (!opened.served) {
    record.error = `the paymentUrl did not serve a verification page: ${opened.problem ?? "unknown reason"}`;
    return;
  }
  await plays[run.request.intended](run, record);
}
