import { parseRaw, statusValues } from "../common/redirectUrl";
import {
  evidenceOfRecord,
  noVerificationReason,
  redirectUnjudgeable,
  verificationScenarios,
} from "../common/verifications";
import { defineCheck, fail, type Outcome, pass, skip } from "../defineCheck";

const title = "After verification the browser is redirected to paymentRedirectUrl with status=success or status=fail";

/** verify.redirect-status (seed step 3 (docs/alipayplus/easy-pay-flow.md#step-3-verification)): exactly one status parameter, success or fail. */
export const verifyRedirectStatus = defineCheck({
  rule: "verify.redirect-status",
  title,
  scenarios: verificationScenarios,
  run(trace) {
    if (trace.verifications.length === 0) return skip(title, noVerificationReason(trace));
    const outcomes: Outcome[] = [];
    const judged = trace.verifications.filter((r) => !redirectUnjudgeable(r));
    for (const record of judged) {
      const landed = record.landedAt ? parseRaw(record.landedAt) : undefined;
      const values = landed ? statusValues(landed) : [];
      if (landed && values.length === 1 && (values[0] === "success" || values[0] === "fail")) continue;
      outcomes.push(
        fail({
          title: landed
            ? `the redirect carried ${values.length === 0 ? "no status" : `status=${values.join(", status=")}`}`
            : record.deadEnd
              ? "the user was left on a page with no way back to Alipay+"
              : "the browser never reached paymentRedirectUrl",
          expected: `a redirect to ${record.expectedRedirectBase} with status=success or status=fail added`,
          received:
            record.landedAt ??
            (record.deadEnd
              ? `a dead end: ${record.deadEnd}`
              : `no redirect${record.error ? ` (${record.error})` : ""}`),
          hint: landed
            ? 'Append exactly one status parameter, "success" or "fail", to the paymentRedirectUrl of the pay request when verification ends, e.g. …&en_US=en_US&status=success.'
            : "When the user has verified (or failed to, e.g. after the last wrong attempt), redirect the browser (HTTP 302/303) to the paymentRedirectUrl of the pay request with status added; never end on a page with no form, link or redirect.",
          evidence: [evidenceOfRecord(record, "landedAt")],
        }),
      );
    }
    if (outcomes.length > 0) return outcomes;
    return judged.length > 0
      ? pass(title, ...judged.map((r) => evidenceOfRecord(r, "landedAt")))
      : skip(title, trace.verifications.map((r) => redirectUnjudgeable(r)).join("; "));
  },
});
