/**
 * The catalogue and the checks must cover each other: a testable rule with no check would be
 * reported as skipped forever, and a check judging a scenario that does not exist never runs.
 */
import { ruleIds, rules, type RuleId } from "../../generated/rules";
import { allChecks } from "../../src/checks";
import { scenarioNames } from "../../src/core/scenarioNames";

const testable = ruleIds.filter((id) => (rules[id] as { testable?: boolean }).testable !== false);
const untestable = ruleIds.filter((id) => !testable.includes(id));

test.each(testable)("rule %s has a check", (id: RuleId) => {
  expect(allChecks.filter((c) => c.rule === id).map((c) => c.rule)).toContain(id);
});

test.each(untestable)("untestable rule %s has no check and says why", (id: RuleId) => {
  expect(allChecks.some((c) => c.rule === id)).toBe(false);
  expect((rules[id] as { reason?: string }).reason).toBeTruthy();
});

test("every check cites a rule of the catalogue and judges scenarios that exist", () => {
  for (const check of allChecks) {
    expect(ruleIds).toContain(check.rule);
    expect(check.scenarios.length).toBeGreaterThan(0);
    for (const scenario of check.scenarios) expect(scenarioNames).toContain(scenario);
  }
});
