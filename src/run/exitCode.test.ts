import { exitCodeOf, type RunOutcome } from "./exitCode";

type V = RunOutcome["verdicts"][number];
const mustPass: V = { level: "MUST", grade: "pass", incomplete: false };
const mustFail: V = { level: "MUST", grade: "fail", incomplete: false };
const shouldWarn: V = { level: "SHOULD", grade: "warn", incomplete: false };
const mustUnjudged: V = { level: "MUST", grade: "skip", incomplete: true };
const shouldUnjudged: V = { level: "SHOULD", grade: "skip", incomplete: true };
const featureSkip: V = { level: "MUST", grade: "skip", incomplete: false };
const waived: V = { level: "MUST", grade: "waived", incomplete: false };

const base: RunOutcome = {
  verdicts: [mustPass],
  failOn: "must",
  allowIncomplete: false,
  expiredWaivers: 0,
  unfinishedScenarios: 0,
};

test.each<[string, Partial<RunOutcome>, number]>([
  ["every MUST judged and passed", {}, 0],
  ["an undeclared feature's MUST rule skipped", { verdicts: [mustPass, featureSkip] }, 0],
  ["a MUST failed", { verdicts: [mustPass, mustFail] }, 1],
  ["a SHOULD failed, gate must", { verdicts: [shouldWarn] }, 0],
  ["a SHOULD failed, gate should", { verdicts: [shouldWarn], failOn: "should" }, 1],
  ["a MUST failed, gate none", { verdicts: [mustFail], failOn: "none" }, 0],
  ["a waived MUST failure", { verdicts: [mustPass, waived] }, 0],
  ["a MUST not judged", { verdicts: [mustPass, mustUnjudged] }, 3],
  ["a SHOULD not judged", { verdicts: [mustPass, shouldUnjudged] }, 0],
  ["a MUST not judged, --allow-incomplete", { verdicts: [mustUnjudged], allowIncomplete: true }, 0],
  ["a MUST not judged, gate none: still incomplete", { verdicts: [mustUnjudged], failOn: "none" }, 3],
  ["a MUST failed and another not judged: the failure wins", { verdicts: [mustFail, mustUnjudged] }, 1],
  ["a scenario did not finish (kit error or overrun)", { unfinishedScenarios: 1 }, 3],
  ["a scenario did not finish, --allow-incomplete", { unfinishedScenarios: 1, allowIncomplete: true }, 0],
  ["an expired waiver", { expiredWaivers: 1 }, 1],
  ["an expired waiver, gate none", { expiredWaivers: 1, failOn: "none" }, 0],
])("%s → exit %i", (_name, outcome, code) => {
  expect(exitCodeOf({ ...base, ...outcome })).toBe(code);
});
