import type { SuiteVerdictLike } from "./suiteTestOf";
import { suiteTestOf } from "./suiteTestOf";

const base: SuiteVerdictLike = {
  rule: "verify.redirect-status",
  level: "MUST",
  text: "redirects",
  verdict: "pass",
  grade: "pass",
  cases: [],
  incomplete: false,
  messages: [],
};
const notJudged: SuiteVerdictLike = {
  ...base,
  verdict: "skip",
  grade: "skip",
  incomplete: true,
  reason: "not judged in happy-path: verification.outboxUrl answered HTTP 404",
  cause: {
    kind: "outbox",
    summary: "verification.outboxUrl answered HTTP 404",
    fix: "point verification.outboxUrl at your sandbox outbox",
  },
  cases: [
    {
      scenario: "happy-path",
      status: "not-judged",
      cause: { kind: "outbox", summary: "verification.outboxUrl answered HTTP 404", fix: "x" },
    },
  ],
};
const must = { failOn: "must", allowIncomplete: false } as const;

test.each<[string, SuiteVerdictLike, Parameters<typeof suiteTestOf>[1], string]>([
  ["a pass", base, must, "pass"],
  ["a MUST failure", { ...base, verdict: "fail", grade: "fail", messages: ["✗ boom"] }, must, "fail"],
  ["a SHOULD failure", { ...base, level: "SHOULD", verdict: "fail", grade: "warn", messages: ["✗"] }, must, "warn"],
  [
    "a SHOULD failure, EASYPAY_FAIL_ON=should",
    { ...base, level: "SHOULD", verdict: "fail", grade: "warn", messages: ["✗"] },
    { failOn: "should", allowIncomplete: false },
    "fail",
  ],
  [
    "a MUST failure, EASYPAY_FAIL_ON=none",
    { ...base, verdict: "fail", grade: "fail", messages: ["✗"] },
    { failOn: "none", allowIncomplete: false },
    "warn",
  ],
  ["a MUST not judged", notJudged, must, "fail"],
  ["a MUST not judged, EASYPAY_ALLOW_INCOMPLETE", notJudged, { failOn: "must", allowIncomplete: true }, "skip"],
  ["a SHOULD not judged", { ...notJudged, level: "SHOULD" }, must, "skip"],
  [
    "an undeclared feature",
    { ...notJudged, incomplete: false, cause: { kind: "feature-not-declared", summary: "s", fix: "f" } },
    must,
    "skip",
  ],
  [
    "a waived failure",
    { ...base, verdict: "fail", grade: "waived", waiver: { reason: "T-1", expires: "2026-12-31" } },
    must,
    "skip",
  ],
  ["an untestable rule", { ...base, verdict: "not-testable", grade: "not-testable" }, must, "skip"],
])("%s → %s", (_name, verdict, policy, kind) => {
  expect(suiteTestOf(verdict, policy).kind).toBe(kind);
});

test("a MUST rule not judged fails with the cause, the fix and the case", () => {
  const t = suiteTestOf(notJudged, must);
  expect(t.name).toBe("[MUST] verify.redirect-status: redirects (not judged)");
  expect(t.message).toContain("not judged in happy-path: verification.outboxUrl answered HTTP 404");
  expect(t.message).toContain("fix: point verification.outboxUrl at your sandbox outbox");
  expect(t.message).toContain("case happy-path: not-judged — verification.outboxUrl answered HTTP 404");
});

test("a waived rule says until when and why", () => {
  expect(
    suiteTestOf({ ...base, verdict: "fail", grade: "waived", waiver: { reason: "T-1", expires: "2026-12-31" } }, must)
      .name,
  ).toMatch(/\(waived until 2026-12-31: T-1\)$/);
});
