import { verificationStatus } from "../common/redirectUrl";
import { driverStuck, evidenceOfRecord, finalOutcome, noVerificationReason } from "../common/verifications";
import { defineCheck, fail, pass, skip } from "../defineCheck";

const title = "The user can ask for a new SMS code and the new code completes the payment";

/** verify.sms-resend (seed step 3 (docs/alipayplus/easy-pay-flow.md#step-3-verification), "the MPP must support resending a new SMS"). */
export const verifySmsResend = defineCheck({
  rule: "verify.sms-resend",
  title,
  scenarios: ["sms-resend"],
  run(trace) {
    const record = trace.verifications.find((r) => r.intended === "resend-then-success");
    if (!record) return skip(title, noVerificationReason(trace));
    if (record.pageUnjudged)
      return skip(title, `the ${record.driver} driver could not open the page: ${record.pageUnjudged}`);
    if (!record.pageServed) return skip(title, "the verification page was not served (verify.page-served reports it)");
    const stuck = driverStuck(record);
    if (stuck && !record.resend?.problem) return skip(title, stuck);
    if (!record.resend)
      return skip(
        title,
        `the ${record.driver} driver did not ask for a new code${record.error ? `: ${record.error}` : ""}`,
      );
    const evidence = [evidenceOfRecord(record, "resend")];
    if (!record.resend.accepted) {
      return fail({
        title: "asking for a new SMS code did not work",
        expected: "the page sends a new code (and says so) when the user asks for one",
        received:
          record.resend.problem ??
          (record.resend.requested ? "the resend was refused" : "no resend control on the page"),
        hint: "Offer a resend control on the verification page (the kit's form driver submits action=resend) that issues a new SMS code and re-renders the page; users whose code did not arrive or expired cannot pay otherwise.",
        evidence,
      });
    }
    const outcome =
      finalOutcome(trace, record.paymentRequestId) ??
      (record.landedAt ? verificationStatus(record.landedAt) : undefined);
    if (outcome === "success") return pass(title, ...evidence);
    return fail({
      title: "the new SMS code did not complete the payment",
      expected: "the payment succeeds with the code sent by the resend",
      received:
        outcome === "fail"
          ? "the payment failed"
          : `no success: ${record.landedAt ?? record.deadEnd ?? record.error ?? "no redirect"}`,
      hint: "Accept the newest SMS code (with the right PIN) after a resend and complete the payment with it.",
      evidence,
    });
  },
});
