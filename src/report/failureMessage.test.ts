import type { Finding } from "../core/verdicts";
import { ruleVerdicts, runFailed } from "../run/ruleVerdicts";
import { formatFinding } from "./failureMessage";
import { junitXml } from "./junit";

const failure: Finding = {
  rule: "order.never-success",
  level: "MUST",
  verdict: "fail",
  scenario: "happy-path",
  title: "phase-2 pay answered S",
  evidence: [{ exchangeId: "x4", side: "response", api: "pay", step: "order", path: "$.result.resultStatus" }],
  expected: "resultStatus U with PAYMENT_IN_PROCESS, or F",
  received: 'resultStatus "S", resultCode "SUCCESS"',
  hint: "Answer U until the user has verified.",
};

test("a failure names rule, level, scenario, step, expected, received, hint and a reproducer", () => {
  expect(formatFinding(failure, { reproduce: (id) => `curl # ${id}` })).toBe(
    [
      "✗ [MUST order.never-success] phase-2 pay answered S",
      "  scenario happy-path, step order (pay, x4, $.result.resultStatus)",
      "  Expected: resultStatus U with PAYMENT_IN_PROCESS, or F",
      '  Received: resultStatus "S", resultCode "SUCCESS"',
      "  Hint:     Answer U until the user has verified.",
      "  Reproduce: curl # x4",
    ].join("\n"),
  );
});

test("one failing finding fails the rule even when others pass", () => {
  const verdicts = ruleVerdicts([{ ...failure, verdict: "pass" }, failure]);
  const verdict = verdicts.find((v) => v.rule === "order.never-success");
  expect(verdict?.verdict).toBe("fail");
  expect(verdict?.findings).toEqual([failure]);
  expect(runFailed(verdicts)).toBe(true);
});

test("a rule nobody judged is skipped with the reason, never passed", () => {
  const verdict = ruleVerdicts([]).find((v) => v.rule === "eval.result-status");
  expect(verdict).toMatchObject({ verdict: "skip", reason: "no scenario of this run judged the rule" });
});

test("untestable rules are reported as not testable with their reason", () => {
  const verdict = ruleVerdicts([]).find((v) => v.rule === "sig.keys-distinct-per-environment");
  expect(verdict?.verdict).toBe("not-testable");
  expect(verdict?.reason).toMatch(/production key/);
});

test("a failing SHOULD rule does not fail the run", () => {
  const should: Finding = { ...failure, rule: "idem.inconsistent-repeat", level: "SHOULD" };
  expect(runFailed(ruleVerdicts([should]))).toBe(false);
});

test("JUnit XML escapes what a hostile target sends and counts failures", () => {
  const hostile: Finding = { ...failure, received: '<script>"&\u0001' };
  const xml = junitXml(ruleVerdicts([hostile]), 1234);
  expect(xml).toContain("&lt;script&gt;&quot;&amp;\uFFFD");
  expect(xml).toMatch(/<testsuites name="easypay-conformance" tests="\d+" failures="1" errors="\d+" time="1.234">/);
  expect(xml).toContain('<failure type="MUST" message="phase-2 pay answered S">');
});

test("a token quoted from the target's body is masked in the message", () => {
  const leaky: Finding = { ...failure, received: 'HTTP 200: {"accessToken":"2816660352710421693892531000ZCl8"}' };
  expect(formatFinding(leaky)).not.toContain("2816660352710421693892531000ZCl8");
});
