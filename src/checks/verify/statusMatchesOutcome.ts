import { verificationStatus } from "../common/redirectUrl";
import {
  evidenceOfRecord,
  finalOutcome,
  intendedOutcome,
  noVerificationReason,
  verificationScenarios,
} from "../common/verifications";
import { defineCheck, fail, type Outcome, pass, skip } from "../defineCheck";

const title = "The redirect says status=success exactly when verification succeeded, status=fail when it failed";

/**
 * verify.status-matches-outcome (seed step 3 (docs/alipayplus/easy-pay-flow.md#step-3-verification)): the status against what the payment became
 * (inquiryPayment's final paymentResult) or, when never final, what the scenario meant to do.
 */
export const verifyStatusMatchesOutcome = defineCheck({
  rule: "verify.status-matches-outcome",
  title,
  scenarios: verificationScenarios,
  run(trace) {
    if (trace.verifications.length === 0) return skip(title, noVerificationReason(trace));
    const outcomes: Outcome[] = [];
    let judged = 0;
    for (const record of trace.verifications) {
      const status = record.landedAt ? verificationStatus(record.landedAt) : undefined;
      const truth = finalOutcome(trace, record.paymentRequestId) ?? intendedOutcome(record);
      if (!status || !truth) continue;
      judged += 1;
      if (status === truth) continue;
      outcomes.push(
        fail({
          title: `the redirect said status=${status} for a verification that ${truth === "success" ? "succeeded" : "failed"}`,
          expected: `status=${truth}`,
          received: record.landedAt!,
          hint: "Set status from the verification's real result: success only when the PIN/SMS code was accepted and the payment goes ahead, fail when the user gave up or ran out of attempts.",
          evidence: [evidenceOfRecord(record, "landedAt")],
        }),
      );
    }
    if (outcomes.length > 0) return outcomes;
    return judged > 0
      ? pass(title, ...trace.verifications.map((r) => evidenceOfRecord(r, "landedAt")))
      : skip(title, "no redirect carried a single status=success|fail (verify.redirect-status reports why)");
  },
});
