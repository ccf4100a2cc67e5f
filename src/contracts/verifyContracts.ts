/**
 * Verifies Easy Pay pacts against an MPP with pact-js's Verifier, wrapped: requests signed by
 * the kit (signingProxy.ts), provider states through the MPP's public API or the config's
 * state-change endpoint (stateHandlers.ts), and the verifier's result read back into the
 * kit's words (verificationFailures.ts).
 */
import { Verifier } from "@pact-foundation/pact";
import type { Session } from "../run/openSession";
import { SigningMode, signingFilter } from "./signingProxy";
import { stateHandlers } from "./stateHandlers";
import { failuresOf, type ContractFailure } from "./verificationFailures";

export interface BrokerSource {
  brokerUrl: string;
  token?: string;
  username?: string;
  password?: string;
  providerVersion: string;
  providerBranch: string;
  publishResults: boolean;
}

export interface VerifyContractsOptions {
  session: Session;
  provider: string;
  /** Pact files to verify; or a broker to fetch the provider's pacts from. */
  pactFiles?: string[];
  broker?: BrokerSource;
  /** The MPP's own state-change endpoint (pact's providerStatesSetupUrl), if it prefers one. */
  stateChangeUrl?: string;
}

export interface ContractVerdict {
  passed: boolean;
  failures: ContractFailure[];
  /** The verifier's own summary, when it has nothing per interaction to say (e.g. it could not run). */
  error?: string;
  durationMs: number;
}

export async function verifyContracts(options: VerifyContractsOptions): Promise<ContractVerdict> {
  const { session } = options;
  const signing = new SigningMode();
  const states = stateHandlers({ config: session.config, simulator: session.simulator, verifier: session.verifier, signing });
  const broker = options.broker;
  const verifier = new Verifier({
    provider: options.provider,
    providerBaseUrl: session.config.target.baseUrl,
    logLevel: "error",
    requestFilter: signingFilter(session.config, signing) as never,
    ...(options.stateChangeUrl ? { providerStatesSetupUrl: options.stateChangeUrl } : { stateHandlers: states.handlers as never }),
    ...(options.pactFiles ? { pactUrls: options.pactFiles } : {}),
    ...(broker
      ? {
          pactBrokerUrl: broker.brokerUrl,
          ...(broker.token ? { pactBrokerToken: broker.token } : {}),
          ...(broker.username ? { pactBrokerUsername: broker.username, pactBrokerPassword: broker.password } : {}),
          providerVersion: broker.providerVersion,
          providerVersionBranch: broker.providerBranch,
          publishVerificationResult: broker.publishResults,
          consumerVersionSelectors: [{ latest: true }],
        }
      : {}),
  });
  const startedAt = Date.now();
  try {
    const output = await verifier.verifyProvider();
    return { passed: true, failures: failuresOf(String(output)), durationMs: Date.now() - startedAt };
  } catch (error) {
    const message = (error as Error).message ?? String(error);
    const failures = failuresOf(message);
    return { passed: false, failures, ...(failures.length ? {} : { error: message }), durationMs: Date.now() - startedAt };
  }
}
