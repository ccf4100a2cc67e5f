/**
 * Declares one Jest test per rule of the given areas: it fails with the findings' messages,
 * is skipped with the reason when the rule was skipped or is not testable, and passes
 * otherwise. A failing SHOULD rule is reported but does not fail the suite.
 */
import { readSuiteVerdicts } from "../src/run/runSuiteTarget";

export function ruleSuite(title: string, areas: readonly string[]): void {
  const verdicts = readSuiteVerdicts().filter((v) => areas.includes(v.rule.split(".")[0] ?? ""));
  describe(title, () => {
    for (const v of verdicts) {
      const name = `[${v.level}] ${v.rule}: ${v.text}`;
      if (v.verdict === "skip" || v.verdict === "not-testable") {
        test.skip(`${name} (${v.verdict}: ${v.reason ?? ""})`, () => undefined);
      } else if (v.verdict === "fail" && v.level === "SHOULD") {
        test(`${name} (SHOULD: warning)`, () => console.warn(v.messages.join("\n\n")));
      } else {
        test(name, () => {
          if (v.verdict === "fail") throw new Error(`\n${v.messages.join("\n\n")}`);
        });
      }
    }
  });
}
