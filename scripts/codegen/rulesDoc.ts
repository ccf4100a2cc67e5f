import { readdirSync, readFileSync } from "node:fs";
import { join, sep } from "node:path";

/** What docs/rules.md says of a rule, as spec/rules.yaml gives it. */
export interface RuleDocEntry {
  id: string;
  level: string;
  text: string;
  source: string;
  feature?: string;
  testable?: boolean;
  reason?: string;
}

/** A check as allChecks gives it: the rule it judges and the scenarios whose traces it reads. */
export interface CheckDocEntry {
  rule: string;
  scenarios: readonly string[];
}

/** A fault of reference-mpp/faults.ts: it makes the reference MPP break one rule. */
export interface FaultDocEntry {
  id: string;
  rule: string;
}

/** A source file under src/checks/, by repo-relative path. */
export interface SourceFile {
  path: string;
  text: string;
}

/**
 * The files of src/checks/ that can define a check: every .ts file but tests and testing/
 * helpers. Paths are found, never listed by hand, so moving a check moves its row's link.
 */
export function readCheckSources(root: string, dir = "src/checks"): SourceFile[] {
  return (readdirSync(join(root, dir), { recursive: true }) as string[])
    .map((file) => `${dir}/${file.split(sep).join("/")}`)
    .filter((path) => path.endsWith(".ts") && !path.endsWith(".test.ts") && !path.split("/").includes("testing"))
    .sort()
    .map((path) => ({ path, text: readFileSync(join(root, path), "utf8") }));
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * The files that define the check of `rule`: those naming it as a check's `rule: "<id>"`, or
 * exporting a check made by a helper that takes the id first (`export const x = helper("<id>", …)`).
 */
export function checkFilesOf(rule: string, files: readonly SourceFile[]): string[] {
  const id = escapeRegExp(JSON.stringify(rule));
  const defines = new RegExp(
    `\\brule:\\s*${id}|export const \\w+(?:\\s*:\\s*[\\w.<>\\[\\]]+)?\\s*=\\s*\\w+\\(\\s*${id}`,
  );
  return files.filter((f) => defines.test(f.text)).map((f) => f.path);
}

const cell = (text: string) => text.replace(/\|/g, "\\|").replace(/\s*\n\s*/g, " ");

/** Turns the repo paths a source cites (docs/….md#anchor, spec/….yaml) into links from docs/. */
export function linkSource(source: string): string {
  return cell(source).replace(
    /\b(?:docs|spec)\/[A-Za-z0-9_./-]*[A-Za-z0-9_-](?:#[A-Za-z0-9_-]+)?/g,
    (path) => `[${path}](../${path})`,
  );
}

const code = (s: string) => `\`${s}\``;

/**
 * Emits docs/rules.md: one table per rule area (the id before its first dot), each rule with its
 * level, its sources as links, the file of its check, the scenarios that check judges and the
 * faults of the reference MPP that must make it fail. Everything sorted; nothing timestamped.
 */
export function renderRulesDoc(input: {
  banner: string;
  rules: readonly RuleDocEntry[];
  checks: readonly CheckDocEntry[];
  checkSources: readonly SourceFile[];
  faults: readonly FaultDocEntry[];
}): string {
  const { rules, checks, checkSources, faults } = input;
  const known = new Set(rules.map((r) => r.id));
  const strays = [...checks.map((c) => c.rule), ...faults.map((f) => f.rule)].filter((id) => !known.has(id));
  if (strays.length > 0)
    throw new Error(
      `docs/rules.md: checks or faults name rules spec/rules.yaml does not have: ${[...new Set(strays)].join(", ")}`,
    );

  const rowOf = (rule: RuleDocEntry): string => {
    const ruleChecks = checks.filter((c) => c.rule === rule.id);
    const files = checkFilesOf(rule.id, checkSources);
    if (ruleChecks.length > 0 && files.length === 0) {
      throw new Error(`docs/rules.md: no file under src/checks/ defines the check of ${rule.id} as rule: "${rule.id}"`);
    }
    const check =
      files.length > 0
        ? files.map((f) => `[${f}](../${f})`).join("<br>")
        : rule.testable === false
          ? `none: not testable (${cell(rule.reason ?? "no reason given")})`
          : "none";
    const scenarios = [...new Set(ruleChecks.flatMap((c) => c.scenarios))].sort().map(code).join(", ") || "—";
    const ruleFaults =
      faults
        .filter((f) => f.rule === rule.id)
        .map((f) => code(f.id))
        .sort()
        .join(", ") || "—";
    const level = rule.feature ? `${rule.level}<br>feature ${code(rule.feature)}` : rule.level;
    return `| ${code(rule.id)}<br>${cell(rule.text)} | ${level} | ${linkSource(rule.source)} | ${check} | ${scenarios} | ${ruleFaults} |`;
  };

  const areas = [...new Set(rules.map((r) => r.id.split(".")[0]!))].sort();
  const tables = areas.flatMap((area) => [
    `## ${area}`,
    "",
    "| Rule | Level | Source | Check | Scenarios | Faults that fail it |",
    "|---|---|---|---|---|---|",
    ...rules
      .filter((r) => r.id.split(".")[0] === area)
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
      .map(rowOf),
    "",
  ]);
  return [
    `<!-- ${input.banner.replace(/^\/\/\s*/, "")} -->`,
    "",
    "# Rules",
    "",
    "Every rule of [spec/rules.yaml](../spec/rules.yaml), one table per area: its level, where it comes from",
    "([docs/alipayplus/](alipayplus/README.md)), the check that judges it, the scenarios that check reads, and",
    "the faults of the reference MPP (`reference-mpp/faults.ts`) that must make it fail.",
    "",
    ...tables,
  ].join("\n");
}
