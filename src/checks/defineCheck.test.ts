import { defineCheck, fail, judge, pass } from "./defineCheck";
import { trace } from "./testing/traceBuilder";

const alwaysPasses = defineCheck({
  rule: "authnotify.token-created",
  title: "t",
  scenarios: ["one-click"],
  run: () => pass("ok"),
});
const alwaysFails = defineCheck({
  rule: "order.never-success",
  title: "t",
  scenarios: ["happy-path"],
  run: () => fail({ title: "answered S", expected: "U", received: "S", hint: "answer U", evidence: [] }),
});

test("a rule of an undeclared feature is skipped with the reason, never run", () => {
  const [finding] = judge([trace("one-click", [], { features: [] })], [alwaysPasses]);
  expect(finding).toMatchObject({
    verdict: "skip",
    hint: "the target does not declare the optional feature 'oneClickAuthorization'",
  });
});

test("a check judges only the scenarios it names, and takes its level from the catalogue", () => {
  const findings = judge([trace("happy-path", []), trace("one-click", [])], [alwaysFails]);
  expect(findings).toEqual([
    expect.objectContaining({
      rule: "order.never-success",
      level: "MUST",
      verdict: "fail",
      scenario: "happy-path",
      expected: "U",
      received: "S",
      hint: "answer U",
    }),
  ]);
});
