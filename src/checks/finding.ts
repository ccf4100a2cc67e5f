import type { RuleId, RuleLevel } from "../../generated/rules";

export type Verdict = "pass" | "fail" | "skip" | "not-testable";

/** Where in the trace the evidence is: an exchange, and optionally a JSON path in it. */
export interface Evidence {
  exchangeId?: string;
  /** "request" or "response" side of the exchange. */
  side?: "request" | "response";
  /** JSON path into the body, e.g. "$.result.resultStatus". */
  path?: string;
  api?: string;
  step?: string;
}

/** The judgement of one rule on one trace. */
export interface Finding {
  rule: RuleId;
  level: RuleLevel;
  verdict: Verdict;
  scenario: string;
  /** One line: what was judged, e.g. "phase-2 pay answered S". */
  title: string;
  evidence: Evidence[];
  expected?: string;
  received?: string;
  /** What to change in the MPP (fail) or why the rule was skipped (skip, not-testable). */
  hint?: string;
}
