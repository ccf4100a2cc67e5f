/**
 * The Pact Broker leg, through @pact-foundation/pact-cli (pinned): publish and can-i-deploy.
 * Settings follow the Pact conventions (PACT_BROKER_BASE_URL, PACT_BROKER_TOKEN or
 * PACT_BROKER_USERNAME/PASSWORD); the version is the git sha and the branch the git branch,
 * both overridable. Credentials reach the CLI through its environment, never its arguments.
 */
import { execFileSync, spawn } from "node:child_process";
import { join } from "node:path";

export interface BrokerFlags {
  version?: string;
  branch?: string;
}

export interface BrokerSettings {
  brokerUrl: string;
  token?: string;
  username?: string;
  password?: string;
  version: string;
  branch: string;
}

export class BrokerSettingsError extends Error {}

function git(args: string[]): string | undefined {
  try {
    return (
      execFileSync("git", args, { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"], timeout: 5000 }).trim() ||
      undefined
    );
  } catch {
    return undefined;
  }
}

export function brokerSettings(
  env: NodeJS.ProcessEnv,
  flags: BrokerFlags = {},
  gitOf: (args: string[]) => string | undefined = git,
): BrokerSettings {
  const missing: string[] = [];
  const brokerUrl = env.PACT_BROKER_BASE_URL;
  if (!brokerUrl) missing.push("PACT_BROKER_BASE_URL (the broker's URL, e.g. http://127.0.0.1:9292)");
  if (env.PACT_BROKER_USERNAME && !env.PACT_BROKER_PASSWORD)
    missing.push("PACT_BROKER_PASSWORD (PACT_BROKER_USERNAME is set)");
  if (env.PACT_BROKER_PASSWORD && !env.PACT_BROKER_USERNAME)
    missing.push("PACT_BROKER_USERNAME (PACT_BROKER_PASSWORD is set)");
  const version = flags.version ?? (env.EASYPAY_PACT_VERSION || gitOf(["rev-parse", "HEAD"]));
  if (!version) missing.push("a version: --app-version or EASYPAY_PACT_VERSION (not in a git checkout)");
  const branch = flags.branch ?? (env.EASYPAY_PACT_BRANCH || gitOf(["rev-parse", "--abbrev-ref", "HEAD"]));
  if (!branch || branch === "HEAD")
    missing.push("a branch: --branch or EASYPAY_PACT_BRANCH (git has no branch checked out)");
  if (missing.length)
    throw new BrokerSettingsError(`contracts: cannot reach the Pact Broker; missing:\n  - ${missing.join("\n  - ")}`);
  return {
    brokerUrl: brokerUrl!,
    ...(env.PACT_BROKER_TOKEN ? { token: env.PACT_BROKER_TOKEN } : {}),
    ...(env.PACT_BROKER_USERNAME ? { username: env.PACT_BROKER_USERNAME, password: env.PACT_BROKER_PASSWORD } : {}),
    version: version!,
    branch: branch!,
  };
}

const pactBrokerBin = join(__dirname, "..", "..", "node_modules", ".bin", "pact-broker");

/** Runs pact-broker with credentials in its environment; resolves with its exit code. */
export function runPactBroker(settings: BrokerSettings, args: string[], timeoutMs = 60_000): Promise<number> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PACT_DO_NOT_TRACK: "true",
    PACT_BROKER_BASE_URL: settings.brokerUrl,
  };
  delete env.PACT_BROKER_TOKEN;
  delete env.PACT_BROKER_USERNAME;
  delete env.PACT_BROKER_PASSWORD;
  if (settings.token) env.PACT_BROKER_TOKEN = settings.token;
  if (settings.username)
    Object.assign(env, { PACT_BROKER_USERNAME: settings.username, PACT_BROKER_PASSWORD: settings.password });
  return new Promise((resolve) => {
    const child = spawn(pactBrokerBin, args, { env, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    const forward = (to: NodeJS.WriteStream) => (chunk: Buffer) => {
      output += chunk.toString("utf8");
      to.write(chunk);
    };
    child.stdout.on("data", forward(process.stdout));
    child.stderr.on("data", forward(process.stderr));
    const timer = setTimeout(() => child.kill("SIGTERM"), timeoutMs);
    child.on("error", (error) => {
      clearTimeout(timer);
      console.error(
        `contracts: could not run pact-broker (${error.message}); is @pact-foundation/pact-cli installed (npm ci)?`,
      );
      resolve(2);
    });
    child.on("close", (code) => {
      clearTimeout(timer);
      const hint = refusalHint(output, settings);
      if (hint) console.error(hint);
      resolve(code ?? 1);
    });
  });
}

/** The CLI's own 401/403 line names no variable; say which credentials the broker refused. */
export function refusalHint(output: string, settings: BrokerSettings): string | undefined {
  if (!/\b(401|403)\b/.test(output)) return undefined;
  const used = settings.token
    ? "PACT_BROKER_TOKEN"
    : settings.username
      ? "PACT_BROKER_USERNAME/PACT_BROKER_PASSWORD"
      : "no credentials (set PACT_BROKER_TOKEN or PACT_BROKER_USERNAME/PACT_BROKER_PASSWORD)";
  return `contracts: the Pact Broker at ${settings.brokerUrl} refused the request: check ${used}`;
}

export function publishPacts(settings: BrokerSettings, pactFilesOrDirs: readonly string[]): Promise<number> {
  return runPactBroker(settings, [
    "publish",
    ...pactFilesOrDirs,
    "--consumer-app-version",
    settings.version,
    "--branch",
    settings.branch,
  ]);
}

export function canIDeploy(settings: BrokerSettings, pacticipant: string, toEnvironment?: string): Promise<number> {
  return runPactBroker(settings, [
    "can-i-deploy",
    "--pacticipant",
    pacticipant,
    "--version",
    settings.version,
    ...(toEnvironment ? ["--to-environment", toEnvironment] : []),
  ]);
}
