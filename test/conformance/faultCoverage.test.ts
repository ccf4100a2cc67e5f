/**
 * The fault catalogue and the rule catalogue cover each other. A testable rule no fault breaks
 * is a check nobody has seen fail (the fault matrix proves each fault is caught); a fault that
 * names no rule, or an untestable one, proves nothing. Both directions, so neither side drifts.
 */
import { type RuleId, ruleIds, rules } from "../../generated/rules";
import { faultCatalogue } from "../../reference-mpp";
import { faultsOfHalf, halves } from "./testing/faultMatrixHalf";

const testable = (id: RuleId) => (rules[id] as { testable?: boolean }).testable !== false;

test.each(ruleIds.filter(testable))("testable rule %s is broken by at least one reference-MPP fault", (id) => {
  expect(faultCatalogue.filter((f) => f.rule === id).map((f) => f.rule)).toContain(id);
});

test.each(faultCatalogue.map((f) => [f.id, f.rule] as const))(
  "fault %s names a testable rule of the catalogue (%s)",
  (_id, rule) => {
    expect(ruleIds).toContain(rule);
    expect(testable(rule)).toBe(true);
  },
);

test("every fault says what it breaks", () => {
  expect(faultCatalogue.filter((f) => f.description.trim().length < 10).map((f) => f.id)).toEqual([]);
});

test("the two halves of the fault matrix together run every fault once", () => {
  const run = halves.flatMap((half) => faultsOfHalf(half).map((f) => f.id));
  expect([...run].sort()).toEqual(faultCatalogue.map((f) => f.id).sort());
});
