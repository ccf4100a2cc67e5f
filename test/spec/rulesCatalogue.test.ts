// spec/rules.yaml is well formed: unique ids of the agreed shape, every rule has level, text and
// source, and a rule marked untestable says why.
import { join } from "node:path";
import { RULE_ID_PATTERN, readRules } from "../../scripts/codegen/rules";

const rules = readRules(join(__dirname, "../../spec/rules.yaml"));

it("has rules", () => {
  expect(rules.length).toBeGreaterThan(0);
});

it("ids are unique", () => {
  const ids = rules.map((r) => r.id);
  expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
});

it.each(rules.map((r) => [r.id, r]))("%s is well formed", (id, rule) => {
  expect(id).toMatch(RULE_ID_PATTERN);
  expect(["MUST", "SHOULD"]).toContain(rule.level);
  expect(typeof rule.text).toBe("string");
  expect(rule.text.trim().length).toBeGreaterThan(0);
  expect(typeof rule.source).toBe("string");
  expect(rule.source.trim().length).toBeGreaterThan(0);
  if (rule.testable === false) expect(rule.reason?.trim()).toBeTruthy();
  // The level is justified against its source: MUST only where the seed or Alipay+ says must,
  // or where Alipay+ would mis-process otherwise.
  expect(rule.levelReason.trim().length).toBeGreaterThan(20);
});

it("a rule inferred by us ([I]) is a MUST only when its levelReason says how Alipay+ would mis-process", () => {
  const inferredMusts = rules.filter(
    (r) => r.level === "MUST" && /\[I\]/.test(r.source) && !/mis-process|cannot|refuse|lost/i.test(r.levelReason),
  );
  expect(inferredMusts.map((r) => r.id)).toEqual([]);
});

it("the id pattern refuses malformed ids", () => {
  for (const bad of ["Eval.result", "eval", "eval.Result", "eval..x", "eval.x-", "eval.x_y"])
    expect(bad).not.toMatch(RULE_ID_PATTERN);
});
