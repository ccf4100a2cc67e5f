/**
 * Waivers: failures (or gaps) a pipeline knowingly accepts until a date. A waiver covers a rule,
 * or one scenario (case) of it. Applied to the verdicts after judging, so a waived rule shows as
 * waived everywhere; an expired waiver is never applied and fails the run; a waiver whose rule
 * now passes is stale. Pure: the file is read by src/config/loadWaivers.ts.
 */
import type { RuleVerdict, Waiver } from "../core/verdicts";

export interface WaiverOutcome {
  verdicts: RuleVerdict[];
  /** Waivers past their date: not applied, and the run fails until they are renewed or removed. */
  expired: Waiver[];
  /** Waivers whose rule (or case) now passes: remove them. */
  stale: Waiver[];
}

/** Today as YYYY-MM-DD (UTC), the form waivers carry. */
export const utcDay = (now: Date): string => now.toISOString().slice(0, 10);

export const isExpired = (waiver: Waiver, today: string): boolean => waiver.expires < today;

/** The scenarios in which the rule failed or went unjudged: what a waiver must cover. */
function gapScenarios(v: RuleVerdict): string[] | undefined {
  if (v.grade === "fail" || v.grade === "warn")
    return [...new Set(v.findings.filter((f) => f.verdict === "fail").map((f) => f.scenario))];
  if (v.grade === "skip" && v.incomplete)
    return v.cases.filter((c) => c.status === "not-judged" || c.status === "no-occasion").map((c) => c.scenario);
  return undefined;
}

function applyTo(v: RuleVerdict, live: readonly Waiver[]): RuleVerdict {
  const mine = live.filter((w) => w.rule === v.rule);
  const scenarios = gapScenarios(v);
  if (!scenarios || mine.length === 0) return v;
  const covering = (s: string) => mine.find((w) => w.scenario === undefined || w.scenario === s);
  const waivers = scenarios.map(covering);
  if (waivers.some((w) => w === undefined)) return v; // a failure outside what was waived still counts
  const first = waivers[0] ?? mine.find((w) => w.scenario === undefined);
  if (!first) return v;
  const waiver = {
    reason: first.reason,
    expires: first.expires,
    ...(first.scenario ? { scenario: first.scenario } : {}),
  };
  return { ...v, grade: "waived", incomplete: false, waiver };
}

/** Whether the waiver's rule (or its scenario's case) is judged and passes now. */
function passesNow(w: Waiver, verdicts: readonly RuleVerdict[]): boolean {
  const v = verdicts.find((x) => x.rule === w.rule);
  if (!v) return false;
  if (w.scenario === undefined) return v.grade === "pass";
  return v.cases.some((c) => c.scenario === w.scenario && c.status === "pass");
}

/**
 * A rule left unjudged only because a waived rule failed first follows that waiver: accepting a
 * failure accepts what it keeps the kit from seeing, and says so.
 */
function followWaived(v: RuleVerdict, waived: ReadonlyMap<string, RuleVerdict>): RuleVerdict {
  if (v.grade !== "skip" || !v.incomplete) return v;
  const gaps = v.cases.filter((c) => c.status === "not-judged" || c.status === "no-occasion");
  const sources = gaps.map((c) => c.cause?.reportedBy?.map((r) => waived.get(r)).find(Boolean));
  if (gaps.length === 0 || sources.some((s) => s === undefined)) return v;
  const source = sources[0]!;
  const waiver = {
    reason: `not judged because ${source.rule} failed, which is waived: ${source.waiver?.reason ?? ""}`,
    expires: source.waiver?.expires ?? "",
  };
  return { ...v, grade: "waived", incomplete: false, waiver };
}

export function applyWaivers(
  verdicts: readonly RuleVerdict[],
  waivers: readonly Waiver[],
  today: string,
): WaiverOutcome {
  const expired = waivers.filter((w) => isExpired(w, today));
  const live = waivers.filter((w) => !isExpired(w, today));
  const direct = verdicts.map((v) => applyTo(v, live));
  const waived = new Map(direct.filter((v) => v.grade === "waived").map((v) => [v.rule as string, v]));
  return {
    verdicts: direct.map((v) => followWaived(v, waived)),
    expired,
    stale: live.filter((w) => passesNow(w, verdicts)),
  };
}
