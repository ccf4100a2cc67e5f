import type { VerificationRecord } from "../core/trace";
import { causeOfReason, verificationCause } from "./skipCause";

const record = (error: string, extra: Partial<VerificationRecord> = {}): VerificationRecord => ({
  step: "verification",
  paymentRequestId: "1",
  driver: "form",
  paymentUrl: "http://127.0.0.1:1/v",
  intended: "success",
  pageServed: true,
  expectedRedirectBase: "http://127.0.0.1:2/r",
  screenshots: [],
  durationMs: 1,
  error,
  ...extra,
});

test.each<[string, string, string, RegExp]>([
  [
    "SMS outbox http://127.0.0.1:9/o?paymentId=1 answered HTTP 404: not found",
    "outbox",
    "verification.outboxUrl answered HTTP 404",
    /point verification\.outboxUrl at your sandbox outbox/,
  ],
  [
    "SMS outbox http://127.0.0.1:9/o unreachable: fetch failed",
    "outbox",
    "verification.outboxUrl could not be reached",
    /reachable/,
  ],
  [
    'SMS outbox http://127.0.0.1:9/o gave no "code"',
    "sms-code",
    "the page sent no SMS code before the kit read the outbox",
    /add a verification step that presses your send-code button/,
  ],
  [
    "no SMS code: the account has no smsCode and verification.outboxUrl is not set",
    "sms-code",
    "the kit has no way to learn the SMS code",
    /set verification\.outboxUrl/,
  ],
  [
    "browser step failed: Timeout 5000ms exceeded waiting for locator('#send-code')",
    "driver",
    "a verification step found nothing to act on: Timeout 5000ms exceeded waiting for locator('#send-code')",
    /verification\.steps/,
  ],
  [
    "verification did not finish within 30000 ms (verification.timeoutMs)",
    "driver",
    "the form driver ran out of time (verification.timeoutMs 30000)",
    /raise verification\.timeoutMs/,
  ],
  [
    "SMS outbox http://127.0.0.1:9/o unreachable: This operation was aborted",
    "driver",
    "the form driver ran out of time (verification.timeoutMs)",
    /raise verification\.timeoutMs/,
  ],
  [
    "browser step failed: page.waitForNavigation: Target page, context or browser has been closed",
    "driver",
    "the form driver ran out of time (verification.timeoutMs)",
    /raise verification\.timeoutMs/,
  ],
  [
    "the page was shown again after the right PIN and code, no redirect: Wrong",
    "prerequisite",
    "the verification did not complete: the page was shown again after the right PIN and code, no redirect: Wrong",
    /verify\.redirect-status/,
  ],
  [
    "something new",
    "driver",
    "the form driver could not finish the verification: something new",
    /try another --driver/,
  ],
])("%s → %s", (error, kind, summary, fix) => {
  const cause = verificationCause(record(error));
  expect(cause).toMatchObject({ kind, summary });
  expect(cause?.fix).toMatch(fix);
});

test("a verification that reached the redirect, or ended without error, has no cause", () => {
  expect(verificationCause(record("x", { landedAt: "http://127.0.0.1:2/r?status=success" }))).toBeUndefined();
  expect(verificationCause({ ...record(""), error: undefined })).toBeUndefined();
});

test("a page that was not served is an earlier failure, reported by verify.page-served", () => {
  expect(
    verificationCause(
      record("the paymentUrl did not serve a verification page: HTTP 500", {
        pageServed: false,
        pageProblem: "HTTP 500",
      }),
    ),
  ).toMatchObject({ kind: "prerequisite", summary: "the verification page was not served: HTTP 500" });
});

test("a dead end is judged (verify.redirect-status fails it); a page the driver could not open is the driver's", () => {
  const stuck = {
    ...record(""),
    error: undefined,
    deadEnd: "after the last wrong PIN the page left the user with no way on",
  };
  expect(verificationCause(stuck)).toMatchObject({ kind: "prerequisite", reportedBy: ["verify.redirect-status"] });
  expect(verificationCause(record("x", { pageUnjudged: "net::ERR_CONNECTION_CLOSED" }))).toMatchObject({
    kind: "driver",
    summary: expect.stringContaining("could not open the verification page"),
  });
});

test("a skip's own reason: an undeclared feature, a rule that reports the earlier failure, or no evidence", () => {
  expect(causeOfReason("the target does not declare the optional feature 'paymentExpiry'")).toMatchObject({
    kind: "feature-not-declared",
    fix: 'if your MPP supports it, add "paymentExpiry" to features in the config',
  });
  expect(
    causeOfReason("no redirect was reached (verify.redirect-status / verify.page-served report why)"),
  ).toMatchObject({ kind: "prerequisite" });
  expect(causeOfReason("no inquiry followed the order")).toMatchObject({ kind: "no-evidence" });
  expect(causeOfReason("no authNotify arrived (authnotify.token-created judges whether one was due)")).toMatchObject({
    kind: "prerequisite",
    reportedBy: ["authnotify.token-created"],
  });
  expect(causeOfReason("no new code was issued (verify.sms-resend reports it)")).toMatchObject({
    kind: "prerequisite",
    fix: "fix what verify.sms-resend reports first",
  });
});
