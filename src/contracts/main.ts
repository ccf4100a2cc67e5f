/**
 * `npm run contracts:<command>`: verify the Easy Pay pacts against an MPP (the embedded
 * reference MPP by default), publish them to a Pact Broker, and ask can-i-deploy.
 */
import { ConfigError } from "../config/ConfigError";
import { loadConfig } from "../config/loadConfig";
import { embeddedBase, embeddedKeys, type FaultId, isFaultId } from "../run/embeddedTarget";
import { openSession } from "../run/openSession";
import { BrokerSettingsError, brokerSettings, canIDeploy, publishPacts } from "./broker";
import { type ContractsArgs, ContractsUsageError, contractsUsage, parseContractsArgs } from "./contractsArgs";
import { contractNames } from "./names";
import { describeFailure } from "./verificationFailures";
import { verifyCallbacks } from "./verifyCallbacks";
import { verifyContracts } from "./verifyContracts";

async function verify(args: ContractsArgs): Promise<number> {
  const target = args.target ?? (process.env.MPP_BASE_URL || undefined);
  const embedded = target === undefined;
  const unknown = args.faults.filter((f) => !isFaultId(f));
  if (unknown.length)
    throw new ContractsUsageError(
      `--fault: unknown fault ${unknown.join(", ")} (see npm run reference-mpp -- --list-faults)`,
    );
  if (!embedded && args.faults.length)
    throw new ContractsUsageError("--fault applies to the embedded reference MPP only; drop --target");
  const names = contractNames(process.env, args.names);
  const broker = args.publishResults ? brokerSettings(process.env, args.broker) : undefined;
  const session = await openSession({
    embedded,
    sampleIdentity: !embedded && !args.configFile,
    configFile: args.configFile,
    faults: args.faults as FaultId[],
    flags: { baseUrl: args.target, driver: args.driver, profile: args.profile },
  });
  try {
    const source = broker ? `pacts for ${names.provider} from ${broker.brokerUrl}` : args.pactFiles.join(", ");
    console.log(
      `contracts: verifying ${source} against ${embedded ? "the embedded reference MPP" : "target"} ${session.config.target.baseUrl} (${session.verifier.name} verification)`,
    );
    const verdict = await verifyContracts({
      session,
      provider: names.provider,
      ...(broker
        ? {
            broker: { ...broker, providerVersion: broker.version, providerBranch: broker.branch, publishResults: true },
          }
        : { pactFiles: args.pactFiles }),
      ...(args.stateChangeUrl ? { stateChangeUrl: args.stateChangeUrl } : {}),
    });
    for (const failure of verdict.failures) console.log(describeFailure(failure));
    // Pacts fetched from a broker never reach the kit as files, so values injected into answers are matched by type only.
    if (broker)
      console.log(
        "note: with --publish-verification-results, injected answer values (the repeat's paymentId, the inquiry's amount) are matched by type only; verify the local file too for equality",
      );
    if (verdict.error) console.log(`the verifier could not finish: ${verdict.error.slice(0, 2000)}`);
    console.log(
      `\ncontracts ${verdict.passed ? "verified" : "NOT verified"} in ${(verdict.durationMs / 1000).toFixed(1)} s${verdict.failures.length ? `: ${verdict.failures.length} failure(s)` : ""}`,
    );
    return verdict.passed ? 0 : 1;
  } finally {
    await session.close();
  }
}

async function verifyCallbackPact(args: ContractsArgs): Promise<number> {
  const config = loadConfig({
    file: args.configFile,
    base: embeddedBase(embeddedKeys()),
    flags: { mppPublicKey: args.mppPublicKey },
  });
  let failed = false;
  for (const file of args.pactFiles) {
    console.log(`contracts: verifying the callback pact ${file} against the Alipay+ simulator`);
    const verdict = await verifyCallbacks(file, config);
    for (const failure of verdict.failures) console.log(describeFailure(failure));
    if (verdict.error) console.log(`the verifier could not finish: ${verdict.error.slice(0, 2000)}`);
    console.log(
      `callback pact ${verdict.passed ? "verified" : "NOT verified"} in ${(verdict.durationMs / 1000).toFixed(1)} s`,
    );
    failed ||= !verdict.passed;
  }
  return failed ? 1 : 0;
}

async function main(argv: readonly string[]): Promise<number> {
  const args = parseContractsArgs(argv);
  switch (args.command) {
    case "help":
      console.log(contractsUsage);
      return 0;
    case "verify":
      return verify(args);
    case "publish":
      return publishPacts(brokerSettings(process.env, args.broker), args.pactFiles);
    case "can-i-deploy":
      return canIDeploy(
        brokerSettings(process.env, args.broker),
        args.pacticipant ?? contractNames(process.env, args.names).provider,
        args.toEnvironment,
      );
    case "verify-callbacks":
      return verifyCallbackPact(args);
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof ContractsUsageError || error instanceof ConfigError || error instanceof BrokerSettingsError)
      console.error(error.message);
    else console.error(`contracts: internal error (please report): ${(error as Error).stack ?? String(error)}`);
    process.exit(2);
  },
);
