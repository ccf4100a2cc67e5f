/**
 * The reference MPP's command line, pure: flags over environment over a JSON config file over
 * defaults. Every problem is collected, so one run shows them all.
 */
import { parseArgs } from "node:util";
import { type FaultId, isFaultId } from "../faults";
import { fastTiming, type Timing } from "../timing";
import { isPageStyle, type PageStyle, pageStyles } from "../verification/pageStyles";

export const usage = `Usage: npm run reference-mpp -- [options]

Runs the reference Easy Pay MPP: pay and inquiryPayment, the verification page, notifyPayment
and authNotify callbacks, state in SQLite. Flags override REFERENCE_MPP_* environment
variables, which override the --config file (JSON, same names in camelCase).

  --host HOST                 listen address (REFERENCE_MPP_HOST, default 127.0.0.1)
  --port PORT                 listen port, 0 for any (REFERENCE_MPP_PORT, default 8080)
  --client-id ID              Client-Id Alipay+ uses (REFERENCE_MPP_CLIENT_ID, default SANDBOX_EASYPAY_KIT)
  --alipay-public-key FILE    PEM that verifies Alipay+'s requests (REFERENCE_MPP_ALIPAY_PUBLIC_KEY)
  --mpp-private-key FILE      PEM that signs the MPP's answers (REFERENCE_MPP_PRIVATE_KEY)
  --keys-dir DIR              without the two keys: where a key pair per side is made or reused
                              (REFERENCE_MPP_KEYS_DIR, default .reference-mpp/keys)
  --alipay-base-url URL       where callbacks go (REFERENCE_MPP_ALIPAY_BASE_URL, default http://127.0.0.1:8787)
  --database FILE             SQLite file, ":memory:" for none (REFERENCE_MPP_DATABASE,
                              default .reference-mpp/reference-mpp.sqlite)
  --timing fast|default       timing profile (REFERENCE_MPP_TIMING, default default)
  --code-expiry-ms N  --max-wrong-attempts N  --retry-backoff-ms N,N,...
  --max-callback-attempts N  --callback-timeout-ms N  --default-expiry-ms N
                              single timings, over the profile
  --page-style STYLE          verification page shape: current, send-code-first, pin-then-code,
                              resend-own-form (REFERENCE_MPP_PAGE_STYLE, default current)
  --fault ID                  break one rule (repeatable); see --list-faults
  --no-sandbox                no SMS outbox, no verification test hook
  --list-faults               print the fault catalogue as JSON and exit
  --config FILE               JSON config file
  --help                      this text`;

export interface CliSettings {
  host: string;
  port: number;
  clientId: string;
  alipayPublicKeyFile?: string;
  mppPrivateKeyFile?: string;
  keysDir: string;
  alipayBaseUrl: string;
  database: string;
  timing: Partial<Timing>;
  faults: FaultId[];
  sandbox: boolean;
  pageStyle: PageStyle;
}

export type CliCommand = { kind: "help" } | { kind: "list-faults" } | { kind: "run"; settings: CliSettings };

export class CliError extends Error {}

const timingFlags = {
  "code-expiry-ms": "codeExpiryMs",
  "max-wrong-attempts": "maxWrongAttempts",
  "max-callback-attempts": "maxCallbackAttempts",
  "callback-timeout-ms": "callbackTimeoutMs",
  "default-expiry-ms": "defaultExpiryMs",
} as const;

const stringFlags = [
  "host",
  "port",
  "client-id",
  "alipay-public-key",
  "mpp-private-key",
  "keys-dir",
  "alipay-base-url",
  "database",
  "timing",
  "retry-backoff-ms",
  "config",
  "page-style",
  ...Object.keys(timingFlags),
];

/** `readFile` is injected so the parser stays pure and testable. */
export function parseCli(
  argv: readonly string[],
  env: NodeJS.ProcessEnv,
  readFile: (path: string) => string,
): CliCommand {
  let values: Record<string, string | boolean | (string | boolean)[] | undefined>;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        ...Object.fromEntries(stringFlags.map((f) => [f, { type: "string" as const }])),
        fault: { type: "string", multiple: true },
        "no-sandbox": { type: "boolean" },
        "list-faults": { type: "boolean" },
        help: { type: "boolean" },
      },
    }));
  } catch (error) {
    throw new CliError(`${(error as Error).message}\n\n${usage}`);
  }
  if (values.help) return { kind: "help" };
  if (values["list-faults"]) return { kind: "list-faults" };
  const problems: string[] = [];
  const file = values.config ? readConfigFile(String(values.config), readFile, problems) : {};
  const pick = (flag: string, envName: string, key: string): string | undefined => {
    const fromFlag = values[flag];
    if (typeof fromFlag === "string") return fromFlag;
    if (env[envName] !== undefined && env[envName] !== "") return env[envName];
    const fromFile = file[key];
    return fromFile === undefined ? undefined : String(fromFile);
  };
  const port = Number(pick("port", "REFERENCE_MPP_PORT", "port") ?? "8080");
  if (!Number.isInteger(port) || port < 0 || port > 65535) problems.push(`--port must be 0..65535`);
  const alipayBaseUrl =
    pick("alipay-base-url", "REFERENCE_MPP_ALIPAY_BASE_URL", "alipayBaseUrl") ?? "http://127.0.0.1:8787";
  if (!URL.canParse(alipayBaseUrl)) problems.push(`--alipay-base-url is not a URL: ${alipayBaseUrl}`);
  const faults = [...((values.fault as string[] | undefined) ?? []), ...((file.faults as string[] | undefined) ?? [])];
  for (const id of faults.filter((f) => !isFaultId(f)))
    problems.push(`unknown fault ${JSON.stringify(id)} (see --list-faults)`);
  const alipayPublicKeyFile = pick("alipay-public-key", "REFERENCE_MPP_ALIPAY_PUBLIC_KEY", "alipayPublicKey");
  const mppPrivateKeyFile = pick("mpp-private-key", "REFERENCE_MPP_PRIVATE_KEY", "mppPrivateKey");
  if (!!alipayPublicKeyFile !== !!mppPrivateKeyFile)
    problems.push("give both --alipay-public-key and --mpp-private-key, or neither (keys are then generated)");
  const timing = timingOf(pick, problems);
  const pageStyle = pick("page-style", "REFERENCE_MPP_PAGE_STYLE", "pageStyle") ?? "current";
  if (!isPageStyle(pageStyle))
    problems.push(`--page-style must be one of ${pageStyles.join(", ")}, not ${JSON.stringify(pageStyle)}`);
  if (problems.length > 0)
    throw new CliError(`reference-mpp: ${problems.length} problem(s):\n  ${problems.join("\n  ")}`);
  return {
    kind: "run",
    settings: {
      host: pick("host", "REFERENCE_MPP_HOST", "host") ?? "127.0.0.1",
      port,
      clientId: pick("client-id", "REFERENCE_MPP_CLIENT_ID", "clientId") ?? "SANDBOX_EASYPAY_KIT",
      ...(alipayPublicKeyFile ? { alipayPublicKeyFile } : {}),
      ...(mppPrivateKeyFile ? { mppPrivateKeyFile } : {}),
      keysDir: pick("keys-dir", "REFERENCE_MPP_KEYS_DIR", "keysDir") ?? ".reference-mpp/keys",
      alipayBaseUrl,
      database: pick("database", "REFERENCE_MPP_DATABASE", "database") ?? ".reference-mpp/reference-mpp.sqlite",
      timing,
      faults: [...new Set(faults)] as FaultId[],
      sandbox: !(values["no-sandbox"] === true || env.REFERENCE_MPP_SANDBOX === "false" || file.sandbox === false),
      pageStyle: pageStyle as PageStyle,
    },
  };
}

type Pick = (flag: string, envName: string, key: string) => string | undefined;

function timingOf(pick: Pick, problems: string[]): Partial<Timing> {
  const profile = pick("timing", "REFERENCE_MPP_TIMING", "timing") ?? "default";
  if (profile !== "fast" && profile !== "default")
    problems.push(`--timing must be fast or default, not ${JSON.stringify(profile)}`);
  const timing: Partial<Timing> = profile === "fast" ? { ...fastTiming } : {};
  for (const [flag, key] of Object.entries(timingFlags)) {
    const text = pick(flag, `REFERENCE_MPP_${flag.toUpperCase().replace(/-/g, "_")}`, key);
    if (text === undefined) continue;
    const n = Number(text);
    if (!Number.isInteger(n) || n < 1)
      problems.push(`--${flag} must be a positive integer, not ${JSON.stringify(text)}`);
    else timing[key] = n;
  }
  const backoff = pick("retry-backoff-ms", "REFERENCE_MPP_RETRY_BACKOFF_MS", "retryBackoffMs");
  if (backoff !== undefined) {
    const list = backoff.split(",").map((s) => Number(s.trim()));
    if (list.length === 0 || list.some((n) => !Number.isInteger(n) || n < 0))
      problems.push(`--retry-backoff-ms must be a comma-separated list of milliseconds`);
    else timing.retryBackoffMs = list;
  }
  return timing;
}

function readConfigFile(path: string, readFile: (path: string) => string, problems: string[]): Record<string, unknown> {
  try {
    const parsed: unknown = JSON.parse(readFile(path));
    if (parsed !== null && typeof parsed === "object" && !Array.isArray(parsed))
      return parsed as Record<string, unknown>;
    problems.push(`--config ${path}: expected a JSON object`);
  } catch (error) {
    problems.push(`--config ${path}: ${(error as Error).message}`);
  }
  return {};
}
