/**
 * Declares one Jest test per rule of the given areas, decided as the CLI decides its exit code
 * (src/run/suiteTestOf.ts): a failed MUST rule fails with the findings' messages; a MUST rule
 * the run could not judge fails too, with the cause and the fix; rules of undeclared features,
 * scenarios left out, waived and untestable rules are skipped with the reason; a failed SHOULD
 * rule is a warning unless EASYPAY_FAIL_ON=should.
 */

import { redactText } from "../src/core/secrets";
import { readSuiteRun } from "../src/run/suiteRun";
import { suiteTestOf } from "../src/run/suiteTestOf";

export function ruleSuite(title: string, areas: readonly string[]): void {
  const run = readSuiteRun();
  const verdicts = run.verdicts.filter((v) => areas.includes(v.rule.split(".")[0] ?? ""));
  describe(title, () => {
    for (const v of verdicts) {
      // Causes quote what drivers saw (page text, outbox answers): masked like every report.
      const t = suiteTestOf(v, run.policy);
      const message = redactText(t.message ?? "");
      if (t.kind === "skip") test.skip(t.name, () => undefined);
      else if (t.kind === "warn") test(t.name, () => console.warn(message));
      else if (t.kind === "fail")
        test(t.name, () => {
          throw new Error(`\n${message}`);
        });
      else test(t.name, () => undefined);
    }
  });
}

/**
 * The run as a whole: every scenario ran to its end (a kit error or an overrun fails here with
 * the cause, the fix and the stack), no waiver has expired, and stale waivers are pointed out.
 */
export function runSuite(): void {
  const run = readSuiteRun();
  describe("The conformance run", () => {
    test("every scenario ran to its end", () => {
      const cut = run.unfinished.map((c) => `${c.summary}\nfix: ${c.fix}${c.detail ? `\n${c.detail}` : ""}`);
      if (cut.length && !run.policy.allowIncomplete) throw new Error(`\n${cut.join("\n\n")}`);
    });
    test("no waiver has expired", () => {
      const expired = run.expiredWaivers.map(
        (w) =>
          `waiver for ${w.rule}${w.scenario ? ` (scenario ${w.scenario})` : ""} expired on ${w.expires} (${w.reason}): renew it with a later date or remove it`,
      );
      if (expired.length && run.policy.failOn !== "none") throw new Error(`\n${expired.join("\n")}`);
    });
    test("no waiver is stale", () => {
      for (const w of run.staleWaivers)
        console.warn(
          `stale waiver: ${w.rule}${w.scenario ? ` (scenario ${w.scenario})` : ""} now passes: remove it from the waivers file`,
        );
    });
    if (run.policy.subset) {
      test.skip(`scenario subset (${run.policy.subset.join(", ")}): rules of other scenarios are not in this run`, () =>
        undefined);
    }
  });
}
