import { parseRaw, queryDamage } from "../common/redirectUrl";
import { evidenceOfRecord, noVerificationReason, verificationScenarios } from "../common/verifications";
import { defineCheck, fail, type Outcome, pass, skip } from "../defineCheck";

const title = "The redirect keeps paymentRedirectUrl's path and query parameters intact and correctly encoded";

/**
 * verify.redirect-keeps-query (seed step 3 (docs/alipayplus/easy-pay-flow.md#step-3-verification)'s example URL): same origin and path, every original
 * parameter byte for byte, nothing added but status. Whether status is there is
 * verify.redirect-status's.
 */
export const verifyRedirectKeepsQuery = defineCheck({
  rule: "verify.redirect-keeps-query",
  title,
  scenarios: verificationScenarios,
  run(trace) {
    if (trace.verifications.length === 0) return skip(title, noVerificationReason(trace));
    const outcomes: Outcome[] = [];
    const judged = trace.verifications.filter((r) => r.landedAt !== undefined);
    for (const record of judged) {
      const expected = parseRaw(record.expectedRedirectBase);
      const landed = parseRaw(record.landedAt!);
      const problems = expected && landed ? queryDamage(expected, landed) : [`not a URL: ${record.landedAt}`];
      if (problems.length === 0) continue;
      outcomes.push(
        fail({
          title: `the redirect changed paymentRedirectUrl: ${problems[0]}`,
          expected: `${record.expectedRedirectBase} with only status=… appended`,
          received: `${record.landedAt} (${problems.join("; ")})`,
          hint: 'Append status to paymentRedirectUrl as a string (add "&status=success", or "?status=…" when it has no query); do not parse and re-serialise the URL, which re-encodes values such as paymentSessionData (%2B, %2F, %3D, %26%26 must survive byte for byte).',
          evidence: [evidenceOfRecord(record, "landedAt")],
        }),
      );
    }
    if (outcomes.length > 0) return outcomes;
    return judged.length > 0
      ? pass(title, ...judged.map((r) => evidenceOfRecord(r, "landedAt")))
      : skip(title, "no redirect was reached (verify.redirect-status / verify.page-served report why)");
  },
});
