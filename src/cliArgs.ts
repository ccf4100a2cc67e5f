/**
 * Parses the command line of `easypay-conformance` (pure; the I/O is in cli.ts).
 */
import { parseArgs } from "node:util";
import { type ScenarioName, scenarioNames } from "./core/scenarioNames";

export interface CliArgs {
  command: "run" | "help";
  target?: string;
  configFile?: string;
  profile?: "seed" | "fast";
  driver?: "browser" | "form" | "http" | "manual";
  faults: string[];
  /** Embedded reference MPP only: its verification page style. */
  pageStyle?: string;
  scenarios: ScenarioName[];
  reportsDir?: string;
  /** What makes the exit code non-zero: failed MUST rules (default), SHOULD too, or nothing. */
  failOn: "must" | "should" | "none";
  /** Accept MUST rules the run could not judge (exit 0 instead of 3); they are still listed. */
  allowIncomplete: boolean;
  waiversFile?: string;
  /** Progress: none (quiet) or every step (verbose). */
  quiet?: boolean;
  verbose?: boolean;
}

export const usage = `Usage: easypay-conformance run [options]

Runs the Easy Pay conformance suite against an MPP and reports a verdict per rule.
With no --target (and no MPP_BASE_URL) it runs against the embedded reference MPP.

Options:
  --target URL        base URL of the MPP under test (overrides MPP_BASE_URL)
  --config FILE       config file (see config/example.json and config/schema.json)
  --profile NAME      timing profile: seed (Alipay+'s real schedule) or fast
  --driver NAME       verification driver: browser, form, http or manual
  --scenario NAME     run only this scenario (repeatable): ${scenarioNames.join(", ")}
  --fault ID          embedded reference MPP only: break one rule (repeatable)
  --page-style STYLE  embedded reference MPP only: its verification page shape (current,
                      send-code-first, pin-then-code, resend-own-form; env REFERENCE_MPP_PAGE_STYLE)
  --reports DIR       where reports are written (default reports/)
  --fail-on LEVEL     what fails the run: must (default), should (SHOULD failures too) or none
                      (none reports failures only; MUST rules not judged still exit 3)
  --waivers FILE      accepted failures with reason and expiry (JSON or YAML; config/waivers.schema.json)
  --allow-incomplete  exit 0 even when MUST rules could not be judged (they are still listed)
  --quiet             no progress and no table: one line with the verdict and the report
  --verbose           progress shows every step of every scenario
  --help              this text

Exit codes:
  0  every MUST rule was judged and passed (rules of undeclared features are skipped)
  1  a rule failed that --fail-on gates on (MUST by default), or a waiver expired
  2  usage or configuration error: bad flags, config file or waivers file
  3  incomplete: a MUST rule was not judged (the driver could not finish, the SMS outbox gave
     no code, a scenario ran past its bound, a kit error, an earlier step failed); the summary
     ends with the rules, the cause and the fix`;

export class UsageError extends Error {}

/** The options that name the target and how to drive it: the same for `run` and the contracts commands. */
export const targetOptions = {
  target: { type: "string" },
  config: { type: "string" },
  profile: { type: "string" },
  driver: { type: "string" },
  fault: { type: "string", multiple: true },
} as const;

export function parseCliArgs(argv: readonly string[]): CliArgs {
  // biome-ignore lint/suspicious/noImplicitAnyLet: TypeScript types it from the parseArgs call below; the try only turns its throw into a usage error.
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        ...targetOptions,
        scenario: { type: "string", multiple: true },
        "page-style": { type: "string" },
        reports: { type: "string" },
        "fail-on": { type: "string" },
        waivers: { type: "string" },
        "allow-incomplete": { type: "boolean" },
        help: { type: "boolean" },
        quiet: { type: "boolean" },
        verbose: { type: "boolean" },
      },
    });
  } catch (error) {
    throw new UsageError(`${(error as Error).message}\n\n${usage}`);
  }
  const { values, positionals } = parsed;
  const command = values.help ? "help" : (positionals[0] ?? "run");
  if (command !== "run" && command !== "help") throw new UsageError(`unknown command '${command}'\n\n${usage}`);
  const problems: string[] = [];
  if (values.target !== undefined && !/^https?:\/\/[^/]+/.test(values.target))
    problems.push(`--target: must be an absolute http(s) URL, got '${values.target}'`);
  if (values.profile !== undefined && values.profile !== "seed" && values.profile !== "fast")
    problems.push(`--profile: must be seed or fast, got '${values.profile}'`);
  const drivers = ["browser", "form", "http", "manual"];
  if (values.driver !== undefined && !drivers.includes(values.driver))
    problems.push(`--driver: must be one of ${drivers.join(", ")}, got '${values.driver}'`);
  const failOn = values["fail-on"] ?? "must";
  if (failOn !== "must" && failOn !== "should" && failOn !== "none")
    problems.push(`--fail-on: must be must, should or none, got '${failOn}'`);
  for (const s of values.scenario ?? [])
    if (!(scenarioNames as readonly string[]).includes(s)) problems.push(`--scenario: unknown scenario '${s}'`);
  if (values.quiet && values.verbose) problems.push("--quiet and --verbose: choose one");
  if (problems.length) throw new UsageError(`${problems.join("\n")}\n\n${usage}`);
  return {
    command,
    target: values.target,
    configFile: values.config,
    profile: values.profile as CliArgs["profile"],
    driver: values.driver as CliArgs["driver"],
    faults: values.fault ?? [],
    ...(values["page-style"] !== undefined ? { pageStyle: values["page-style"] } : {}),
    scenarios: (values.scenario ?? []) as ScenarioName[],
    reportsDir: values.reports,
    failOn: failOn as CliArgs["failOn"],
    allowIncomplete: values["allow-incomplete"] ?? false,
    waiversFile: values.waivers,
    ...(values.quiet ? { quiet: true } : {}),
    ...(values.verbose ? { verbose: true } : {}),
  };
}
