/**
 * Parses `npm run contracts:<command> -- [options]` (pure). verify takes the same target,
 * config and driver options as `npm run conformance`.
 */
import { join } from "node:path";
import { parseArgs } from "node:util";
import { targetOptions } from "../cliArgs";
import type { BrokerFlags } from "./broker";
import { type ContractNames, contractNames, contractsDir, pactFileName } from "./names";

export type ContractsCommand = "verify" | "verify-callbacks" | "publish" | "can-i-deploy" | "help";

export interface ContractsArgs {
  command: ContractsCommand;
  target?: string;
  configFile?: string;
  profile?: "seed" | "fast";
  driver?: "browser" | "form" | "http" | "manual";
  faults: string[];
  pactFiles: string[];
  publishResults: boolean;
  stateChangeUrl?: string;
  /** verify-callbacks: the MPP's public key (PEM path), when no --config gives it. */
  mppPublicKey?: string;
  names: Partial<ContractNames>;
  broker: BrokerFlags;
  pacticipant?: string;
  toEnvironment?: string;
}

export const contractsUsage = `Usage: npm run contracts:<verify|publish|can-i-deploy> -- [options]

verify        verifies the Easy Pay pacts against an MPP (the embedded reference MPP by default)
  --target URL, --config FILE, --profile NAME, --driver NAME, --fault ID   as in npm run conformance
  --pact FILE                   pact file(s) to verify (default contracts/AlipayPlus-EasyPayMPP.json)
  --state-change-url URL        the MPP's own provider-state endpoint instead of its public API
  --publish-verification-results  fetch the provider's pacts from the broker and publish the results
verify-callbacks  verifies an MPP's callback pact (consumer = the MPP, provider AlipayPlus)
  --pact FILE --config FILE | --mpp-public-key PEM   against the kit's Alipay+ simulator
publish       publishes pact files (--pact; default the Easy Pay contract in contracts/) to the broker
can-i-deploy  asks the broker whether --pacticipant (default the provider) at this version may deploy
  --pacticipant NAME, --to-environment NAME
Names: --consumer NAME, --provider NAME (or EASYPAY_PACT_CONSUMER / EASYPAY_PACT_PROVIDER).
Broker: PACT_BROKER_BASE_URL, PACT_BROKER_TOKEN or PACT_BROKER_USERNAME/PACT_BROKER_PASSWORD;
  --app-version (default: git sha), --branch (default: git branch).`;

export class ContractsUsageError extends Error {}

const commands: readonly ContractsCommand[] = ["verify", "verify-callbacks", "publish", "can-i-deploy", "help"];

export function parseContractsArgs(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): ContractsArgs {
  // biome-ignore lint/suspicious/noImplicitAnyLet: TypeScript types it from the parseArgs call below; the try only turns its throw into a usage error.
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        ...targetOptions,
        pact: { type: "string", multiple: true },
        "publish-verification-results": { type: "boolean" },
        "state-change-url": { type: "string" },
        "mpp-public-key": { type: "string" },
        consumer: { type: "string" },
        provider: { type: "string" },
        "app-version": { type: "string" },
        branch: { type: "string" },
        pacticipant: { type: "string" },
        "to-environment": { type: "string" },
        help: { type: "boolean" },
      },
    });
  } catch (error) {
    throw new ContractsUsageError(`${(error as Error).message}\n\n${contractsUsage}`);
  }
  const { values, positionals } = parsed;
  const command = (values.help ? "help" : (positionals[0] ?? "help")) as ContractsCommand;
  if (!commands.includes(command)) throw new ContractsUsageError(`unknown command '${command}'\n\n${contractsUsage}`);
  const problems: string[] = [];
  if (values.target !== undefined && !/^https?:\/\/[^/]+/.test(values.target))
    problems.push(`--target: must be an absolute http(s) URL, got '${values.target}'`);
  if (values.profile !== undefined && !["seed", "fast"].includes(values.profile))
    problems.push(`--profile: must be seed or fast, got '${values.profile}'`);
  if (values.driver !== undefined && !["browser", "form", "http", "manual"].includes(values.driver))
    problems.push(`--driver: must be one of browser, form, http, manual, got '${values.driver}'`);
  if (command === "verify-callbacks" && !values.pact?.length)
    problems.push("verify-callbacks: --pact FILE is required (the MPP's callback pact)");
  if (command === "verify-callbacks" && !values.config && !values["mpp-public-key"])
    problems.push(
      "verify-callbacks: --config FILE or --mpp-public-key PEM is required (the key the callbacks' signatures verify with)",
    );
  if (problems.length) throw new ContractsUsageError(`${problems.join("\n")}\n\n${contractsUsage}`);
  const names = {
    ...(values.consumer ? { consumer: values.consumer } : {}),
    ...(values.provider ? { provider: values.provider } : {}),
  };
  // Not all of contracts/: ReferenceMPP-AlipayPlus.json is an example for MPP teams, not a contract to publish.
  const defaultPacts = [join(contractsDir, pactFileName(contractNames(env, names)))];
  return {
    command,
    target: values.target,
    configFile: values.config,
    profile: values.profile as ContractsArgs["profile"],
    driver: values.driver as ContractsArgs["driver"],
    faults: values.fault ?? [],
    pactFiles: values.pact?.length ? values.pact : defaultPacts,
    publishResults: values["publish-verification-results"] ?? false,
    stateChangeUrl: values["state-change-url"],
    mppPublicKey: values["mpp-public-key"],
    names,
    broker: { version: values["app-version"], branch: values.branch },
    pacticipant: values.pacticipant,
    toEnvironment: values["to-environment"],
  };
}
