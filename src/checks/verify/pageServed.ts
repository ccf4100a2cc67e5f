import { evidenceOfRecord, noVerificationReason, verificationScenarios } from "../common/verifications";
import { defineCheck, fail, pass, skip } from "../defineCheck";

const title = "The paymentUrl opens an HTML verification page";

/** verify.page-served (seed step 3 (docs/alipayplus/easy-pay-flow.md#step-3-verification)): every verification the drivers attempted. */
export const verifyPageServed = defineCheck({
  rule: "verify.page-served",
  title,
  scenarios: verificationScenarios,
  run(trace) {
    if (trace.verifications.length === 0) return skip(title, noVerificationReason(trace));
    const looked = trace.verifications.filter((record) => !record.pageUnjudged);
    if (looked.length === 0)
      return skip(
        title,
        trace.verifications
          .map((r) => `the ${r.driver} driver could not look at the page: ${r.pageUnjudged}`)
          .join("; "),
      );
    const failures = looked
      .filter((record) => !record.pageServed)
      .map((record) =>
        fail({
          title: `${record.paymentUrl} did not serve an HTML page`,
          expected: "HTTP 200 with Content-Type text/html: the page where the user enters PIN / SMS code",
          received: record.pageProblem ?? record.error ?? "no page",
          hint: "Serve the verification page at the paymentUrl you returned from order creation, as HTML (Alipay+ opens it in the user's browser), with HTTP 200.",
          evidence: [evidenceOfRecord(record)],
        }),
      );
    return failures.length > 0 ? failures : pass(title, ...looked.map((r) => evidenceOfRecord(r)));
  },
});
