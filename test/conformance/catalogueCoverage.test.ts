/**
 * The catalogue and the checks must cover each other: a testable rule with no check would be
 * reported as skipped forever, and a check judging a scenario that does not exist never runs.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { type RuleId, ruleIds, rules } from "../../generated/rules";
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

/** notify.retry-same-content → src/checks/notify/retrySameContent.ts: where a newcomer looks first. */
function checkFileOf(rule: string): string {
  const [area, name] = rule.split(".") as [string, string];
  return `src/checks/${area}/${name.replace(/-([a-z0-9])/g, (_m, c: string) => c.toUpperCase())}.ts`;
}

test("the check file name follows its rule id", () => {
  expect(checkFileOf("notify.retry-same-content")).toBe("src/checks/notify/retrySameContent.ts");
  expect(checkFileOf("timing.pay-within-8s")).toBe("src/checks/timing/payWithin8s.ts");
});

test.each(testable)("rule %s is checked in the file its id names", (id: RuleId) => {
  const file = join(__dirname, "../..", checkFileOf(id));
  if (!existsSync(file)) throw new Error(`${id}: expected its check in ${checkFileOf(id)}, which does not exist`);
  expect(readFileSync(file, "utf8")).toContain(`"${id}"`);
});
