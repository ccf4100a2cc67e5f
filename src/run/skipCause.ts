/**
 * Why a rule (or one of its cases) was not judged, in the user's terms, with the most likely
 * fix. Classified from what the trace already records (notes, verification records) and the
 * skip's own reason: the drivers and checks need not know about it. Pure.
 */
import type { Trace, VerificationRecord } from "../core/trace";
import type { SkipCause, SkipCauseKind } from "../core/verdicts";

/** Causes that never make a run incomplete: the user chose them (undeclared feature, --scenario). */
export const chosenCauses: readonly SkipCauseKind[] = ["feature-not-declared", "not-in-run"];

const featurePattern = /does not declare the optional feature '([^']+)'/;

export function featureNotDeclared(reason: string): SkipCause | undefined {
  const feature = featurePattern.exec(reason)?.[1];
  if (!feature) return undefined;
  return {
    kind: "feature-not-declared",
    summary: `the target does not declare the optional feature '${feature}'`,
    fix: `if your MPP supports it, add "${feature}" to features in the config`,
  };
}

export function notInRun(scenarios: readonly string[]): SkipCause {
  return {
    kind: "not-in-run",
    summary: `its scenarios (${scenarios.join(", ")}) were not part of this run`,
    fix: `run without --scenario, or add --scenario ${scenarios[0] ?? "…"}`,
  };
}

const kitErrorNote = /^kit error in scenario (\S+): ([\s\S]*)$/;
const overtimeNote = /^scenario stopped after its bound of (\d+) ms/;

/** A scenario that threw inside the kit: the stack is the detail. */
function kitError(trace: Trace): SkipCause | undefined {
  const match = trace.notes.map((n) => kitErrorNote.exec(n)).find(Boolean);
  if (!match) return undefined;
  const firstLine = match[2]!.split("\n")[0] ?? "";
  return {
    kind: "kit-error",
    summary: `kit error in scenario ${trace.scenario}: ${firstLine}`,
    fix: "this is a bug in the kit, not in your MPP: please file it with the stack from the report (findings.json, the scenario's notes)",
    detail: match[2],
  };
}

function overtime(trace: Trace): SkipCause | undefined {
  const bound = trace.notes.map((n) => overtimeNote.exec(n)?.[1]).find(Boolean);
  if (!bound) return undefined;
  return {
    kind: "overtime",
    summary: `scenario ${trace.scenario} ran past its bound of ${bound} ms and was cut short`,
    fix: "your MPP answers or calls back more slowly than the timing profile allows: raise timing.payTimeoutMs, timing.callbackWaitMs or verification.timeoutMs in the config, or use --profile seed",
  };
}

/** What a verification error means for the user, when it is the kit's side that could not go on. */
export function verificationCause(record: VerificationRecord): SkipCause | undefined {
  const driver = `the ${record.driver} driver`;
  // A dead end was judged: it is verify.redirect-status's failure, and what needed the redirect waits on it.
  if (record.deadEnd)
    return {
      kind: "prerequisite",
      summary: `the verification ended on a page the user cannot leave: ${record.deadEnd}`,
      fix: "fix what verify.redirect-status reports",
      reportedBy: ["verify.redirect-status"],
    };
  if (record.pageUnjudged)
    return {
      kind: "driver",
      summary: `${driver} could not open the verification page: ${record.pageUnjudged}`,
      fix: "check that the machine running the kit can open paymentUrl (and that Chromium starts), or try --driver form",
    };
  if (record.landedAt || !record.error) return undefined;
  const error = record.error;
  if (!record.pageServed) {
    return {
      kind: "prerequisite",
      summary: `the verification page was not served: ${record.pageProblem ?? error}`,
      fix: "fix what verify.page-served reports",
      reportedBy: ["verify.page-served"],
    };
  }
  if (
    /did not finish within \d+ ms|Target page, context or browser has been closed|SMS outbox \S+ unreachable: .*abort/i.test(
      error,
    )
  ) {
    // The deadline closes the browser context, so a step in flight reports a closed page.
    return {
      kind: "driver",
      summary: `${driver} ran out of time (verification.timeoutMs ${/within (\d+) ms/.exec(error)?.[1] ?? ""})`.replace(
        " )",
        ")",
      ),
      detail: error,
      fix: "raise verification.timeoutMs (a loaded machine or a slow page needs more), or check that verification.steps complete your page",
    };
  }
  const outboxStatus = /SMS outbox (\S+) answered HTTP (\d+)/.exec(error);
  if (outboxStatus) {
    return {
      kind: "outbox",
      summary: `verification.outboxUrl answered HTTP ${outboxStatus[2]}`,
      detail: error,
      fix: "point verification.outboxUrl at your sandbox outbox (placeholders {paymentId}, {paymentRequestId}, {userLoginId}), or give accounts.payable.smsCode",
    };
  }
  if (/SMS outbox \S+ unreachable/.test(error)) {
    return {
      kind: "outbox",
      summary: "verification.outboxUrl could not be reached",
      detail: error,
      fix: "check that verification.outboxUrl is reachable from the machine running the kit",
    };
  }
  if (/SMS outbox \S+ gave no "code"/.test(error)) {
    return {
      kind: "sms-code",
      summary: "the page sent no SMS code before the kit read the outbox",
      detail: error,
      fix: 'if your page sends the code only when the user presses a button, add a verification step that presses your send-code button; otherwise make the outbox answer {"code": "…"} for the payment',
    };
  }
  if (/^no SMS code: .*verification\.outboxUrl is not set/.test(error)) {
    return {
      kind: "sms-code",
      summary: "the kit has no way to learn the SMS code",
      fix: "set verification.outboxUrl to your sandbox outbox, or give accounts.payable.smsCode",
    };
  }
  if (/^no SMS code: the outbox needs the paymentId/.test(error)) {
    return {
      kind: "sms-code",
      summary: "the outbox URL needs a paymentId the pay response did not give",
      fix: "use {paymentRequestId} or {userLoginId} in verification.outboxUrl instead of {paymentId}",
    };
  }
  if (/^browser step failed: /.test(error)) {
    return {
      kind: "driver",
      summary: `a verification step found nothing to act on: ${error.replace(/^browser step failed: /, "")}`,
      fix: "check verification.steps against your page (the screenshots in the report show what the browser saw): add the step your page needs, or fix its selector",
    };
  }
  if (/^no (form|submit button)/.test(error)) {
    return {
      kind: "driver",
      summary: `${driver} found nothing to submit: ${error}`,
      fix: "use the browser driver with verification.steps that match your page",
    };
  }
  if (/^(the page was shown again|the MPP never sent the user back|the new code was refused too)/.test(error)) {
    return {
      kind: "prerequisite",
      summary: `the verification did not complete: ${error}`,
      fix: "fix what verify.redirect-status reports",
      reportedBy: ["verify.redirect-status"],
    };
  }
  return {
    kind: "driver",
    summary: `${driver} could not finish the verification: ${error}`,
    fix: "check the driver and verification.steps against your page (the report has screenshots), or try another --driver",
  };
}

/**
 * What kept a whole scenario from being judged, most telling first: a kit error, an overrun,
 * a verification the driver could not finish. undefined when the scenario ran cleanly.
 */
export function traceTrouble(trace: Trace): SkipCause | undefined {
  return kitError(trace) ?? overtime(trace) ?? trace.verifications.map(verificationCause).find(Boolean);
}

/** Whether the scenario did not run to its end (the kit threw or it ran past its bound). */
export function unfinished(trace: Trace): SkipCause | undefined {
  return kitError(trace) ?? overtime(trace);
}

/** The cause of a skip in a scenario that ran cleanly, from the skip's own reason. */
export function causeOfReason(reason: string): SkipCause {
  const feature = featureNotDeclared(reason);
  if (feature) return feature;
  const reporter = /\(([a-z]+\.[a-z0-9-]+(?: \/ [a-z]+\.[a-z0-9-]+)*) (?:reports?|judges?)\b/.exec(reason)?.[1];
  if (reporter)
    return {
      kind: "prerequisite",
      summary: reason,
      fix: `fix what ${reporter} reports first`,
      reportedBy: reporter.split(" / "),
    };
  return {
    kind: "no-evidence",
    summary: reason,
    fix: "see the scenario's notes in the report for what happened instead",
  };
}
