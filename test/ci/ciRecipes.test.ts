/**
 * The CI recipes in examples/ci must work when copied: every npm script they run exists, the
 * CLI accepts their command line, the environment variables they set are ones the kit reads,
 * and the report paths they publish are where the kit writes them.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { parseCliArgs } from "../../src/cliArgs";
import { overrideTargets } from "../../src/config/ConfigFile";
import { latestDir } from "../../src/report/runFolder";
import { reportFiles } from "../../src/report/writeReports";

const root = join(__dirname, "../..");
const scripts = (JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { scripts: Record<string, string> })
  .scripts;
const kitEnv = new Set([
  ...Object.values(overrideTargets).flatMap((t) => (t.env ? [t.env] : [])),
  "EASYPAY_CONFIG",
  "PACT_DO_NOT_TRACK",
  "CI",
]);
const load = (name: string) => parse(readFileSync(join(root, "examples/ci", name), "utf8")) as Record<string, any>;

/** Shell words of a simple command line, with $VARS given plausible values. */
function words(command: string): string[] {
  const values: Record<string, string> = { MPP_BASE_URL: "https://mpp.example.test" };
  return [...command.matchAll(/"([^"]*)"|(\S+)/g)].map((m) =>
    (m[1] ?? m[2]!).replace(/\$\{?(\w+)\}?/g, (_w, v: string) => values[v] ?? `/tmp/${v}`),
  );
}

/** Checks one recipe's commands; returns the reports folder its conformance run writes to. */
function checkCommands(commands: string[]): string {
  let reportsDir: string | undefined;
  for (const command of commands) {
    for (const [, script] of command.matchAll(/npm run (\S+)/g)) expect(Object.keys(scripts)).toContain(script);
    const run = command.match(/npm run conformance -- (.*)$/);
    if (!run) continue;
    const args = parseCliArgs(words(run[1]!)); // throws UsageError on an unknown flag or bad value
    expect(args.target).toBe("https://mpp.example.test");
    expect(args.configFile).toBeDefined();
    reportsDir = args.reportsDir ?? "reports";
  }
  expect(reportsDir).toBeDefined();
  return reportsDir!;
}

function checkPaths(paths: string[], reportsDir: string): void {
  expect(paths.length).toBeGreaterThan(0);
  for (const path of paths) {
    expect(path.startsWith(`${latestDir(reportsDir)}/`)).toBe(true);
    expect(reportFiles).toContain(path.slice(latestDir(reportsDir).length + 1));
  }
}

test("the GitHub Actions workflow runs real scripts and flags, publishes JUnit and keeps the reports", () => {
  const workflow = load("github-actions.yml");
  const steps = workflow.jobs.conformance.steps as {
    run?: string;
    uses?: string;
    env?: Record<string, string>;
    with?: Record<string, string>;
  }[];
  const reportsDir = checkCommands(steps.flatMap((s) => (s.run ? [s.run] : [])));
  const conformance = steps.find((s) => s.run?.includes("npm run conformance"))!;
  for (const name of Object.keys(conformance.env ?? {})) expect(kitEnv).toContain(name);
  for (const value of Object.values(conformance.env ?? {})) expect(value).toMatch(/^\$\{\{ secrets\.\w+ \}\}$/);
  const junit = steps.find((s) => s.uses?.startsWith("mikepenz/action-junit-report"))!;
  checkPaths([junit.with!.report_paths!], reportsDir);
  const artifacts = steps.find((s) => s.uses?.startsWith("actions/upload-artifact"))!;
  const kept = artifacts
    .with!.path!.trim()
    .split("\n")
    .map((p) => p.trim());
  checkPaths(kept, reportsDir);
  expect(kept).toEqual(
    expect.arrayContaining([`${reportsDir}/latest/report.html`, `${reportsDir}/latest/summary.json`]),
  );
  // Reports are kept and published even when the run failed; the run step itself gates the job.
  expect(junit).toHaveProperty("if");
  expect(artifacts).toHaveProperty("if");
  expect(conformance).not.toHaveProperty("continue-on-error");
});

test("the GitLab CI job runs real scripts and flags, publishes JUnit and keeps the reports", () => {
  const job = load("gitlab-ci.yml")["easypay-conformance"];
  const commands = [...job.before_script, ...job.script] as string[];
  const reportsDir = checkCommands(commands);
  for (const [, name] of commands.join("\n").matchAll(/\$\{?(\w+)\}?/g)) expect(kitEnv).toContain(name);
  checkPaths([job.artifacts.reports.junit], reportsDir);
  checkPaths(job.artifacts.paths, reportsDir);
  expect(job.artifacts.paths).toEqual(
    expect.arrayContaining([`${reportsDir}/latest/report.html`, `${reportsDir}/latest/summary.json`]),
  );
  expect(job.artifacts.when).toBe("always");
  expect(job.allow_failure).toBeUndefined();
});

test("the README's CI snippets point at the recipes that exist", () => {
  const readme = readFileSync(join(root, "README.md"), "utf8");
  for (const file of readme.match(/examples\/ci\/[\w.-]+/g) ?? []) expect(existsSync(join(root, file))).toBe(true);
  expect(readme).toMatch(/examples\/ci\/github-actions\.yml/);
  expect(readme).toMatch(/examples\/ci\/gitlab-ci\.yml/);
});
