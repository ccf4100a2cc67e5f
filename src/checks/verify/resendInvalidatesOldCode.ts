import { evidenceOfRecord, noVerificationReason } from "../common/verifications";
import { defineCheck, fail, pass, skip } from "../defineCheck";

const title = "After a resend the previous SMS code is refused";

/** verify.resend-invalidates-old-code (seed step 3 (docs/alipayplus/easy-pay-flow.md#step-3-verification) [I]): the driver submits the old code after the resend. */
export const verifyResendInvalidatesOldCode = defineCheck({
  rule: "verify.resend-invalidates-old-code",
  title,
  scenarios: ["sms-resend"],
  run(trace) {
    const record = trace.verifications.find(
      (r) => r.intended === "resend-then-success" || r.intended === "old-code-after-resend",
    );
    if (!record) return skip(title, noVerificationReason(trace));
    if (!record.resend?.accepted) return skip(title, "no new code was issued (verify.sms-resend reports it)");
    if (record.resend.sameCode) {
      return fail({
        title: "the resend sent the same SMS code again",
        expected: "a new code on resend, the old one refused",
        received: "the new SMS carried the previous code, which therefore still verifies",
        hint: "Issue a fresh code on every resend and invalidate the earlier ones, so an intercepted or stale code cannot complete the payment.",
        evidence: [evidenceOfRecord(record, "resend.sameCode")],
      });
    }
    const refused = record.resend.oldCodeRefused;
    if (refused === undefined)
      return skip(title, `the ${record.driver} driver did not try the old code after the resend`);
    if (refused) return pass(title, evidenceOfRecord(record, "resend.oldCodeRefused"));
    return fail({
      title: "the SMS code sent before the resend was still accepted",
      expected: "the old code refused once a new one was sent",
      received: "the old code completed the verification",
      hint: "When you send a new SMS code, invalidate every earlier code of the payment: only the latest one may verify.",
      evidence: [evidenceOfRecord(record, "resend.oldCodeRefused")],
    });
  },
});
