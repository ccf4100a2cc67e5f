/**
 * Verifies Easy Pay pacts against an MPP with pact-js's Verifier, wrapped: requests signed by
 * the kit (signingProxy.ts), provider states through the MPP's public API or the config's
 * state-change endpoint (stateHandlers.ts), and the verifier's result read back into the
 * kit's words (verificationFailures.ts).
 */
import { readFileSync } from "node:fs";
import { Verifier } from "@pact-foundation/pact";
import type { Session } from "../run/openSession";
import { injectedValueFailures, type PactInteraction, type RecordedExchange } from "./injectedValues";
import { SigningMode, signingFilter } from "./signingProxy";
import { stateChangeHandlers } from "./stateChangeEndpoint";
import { stateHandlers } from "./stateHandlers";
import { type ContractFailure, failuresOf } from "./verificationFailures";

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
  /** The MPP's own state-change endpoint, if it prefers one (default: config target.stateChangeUrl). */
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
  const stateChangeUrl = options.stateChangeUrl ?? session.config.target.stateChangeUrl;
  const source = stateChangeUrl
    ? stateChangeHandlers(stateChangeUrl, signing)
    : stateHandlers({ config: session.config, simulator: session.simulator, verifier: session.verifier, signing })
        .handlers;
  const broker = options.broker;
  // The last state set up, so each exchange can be compared with the values it injected.
  let current: RecordedExchange["state"];
  const recorded: RecordedExchange[] = [];
  const stateFailures: ContractFailure[] = [];
  const handlers = Object.fromEntries(
    Object.entries(source).map(([name, handler]) => [
      name,
      async (params?: Record<string, unknown>) => {
        current = undefined;
        try {
          const values = await handler(params);
          current = { name, params: params ?? {}, values: { ...values } };
          return values;
        } catch (error) {
          // The interaction then runs on the pact's example values; say why before its mismatches.
          stateFailures.push({
            interaction: `provider state "${name}"${params && Object.keys(params).length ? ` ${JSON.stringify(params)}` : ""}`,
            field: "provider state",
            expected: "reached through the MPP's public API",
            received: (error as Error).message,
            detail: "the interactions given this state ran on the pact's example values",
          });
          throw error;
        }
      },
    ]),
  );
  const noAnswers: ContractFailure[] = [];
  const record = (path: string, request: Buffer, response: Buffer | { noAnswer: string }) => {
    if (Buffer.isBuffer(response))
      recorded.push({ state: current, path, request: parseJson(request), response: parseJson(response) });
    else
      noAnswers.push({
        interaction: `${path}${current ? ` (given ${current.name})` : ""}`,
        field: "HTTP answer",
        expected: "an answer",
        received: response.noAnswer,
        detail: "the kit answered the verifier HTTP 502 in the MPP's place",
      });
  };
  const verifier = new Verifier({
    provider: options.provider,
    providerBaseUrl: session.config.target.baseUrl,
    logLevel: "error", // debug would log signatures and tokens in clear
    requestFilter: signingFilter(session.config, signing, record) as never,
    stateHandlers: handlers as never,
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
  let verdict: Omit<ContractVerdict, "durationMs">;
  try {
    await verifier.verifyProvider();
    verdict = { passed: true, failures: [] };
  } catch (error) {
    const message = (error as Error).message ?? String(error);
    const failures = failuresOf(message);
    verdict = { passed: false, failures, ...(failures.length ? {} : { error: message }) };
  }
  const injected = injectedValueFailures(recorded, interactionsOf(options.pactFiles ?? []));
  const failures = [...noAnswers, ...stateFailures, ...verdict.failures, ...injected];
  return {
    passed: verdict.passed && failures.length === 0,
    failures,
    ...(verdict.error ? { error: verdict.error } : {}),
    durationMs: Date.now() - startedAt,
  };
}

function parseJson(bytes: Buffer): unknown {
  try {
    return JSON.parse(bytes.toString("utf8"));
  } catch {
    return undefined;
  }
}

function interactionsOf(files: readonly string[]): PactInteraction[] {
  return files.flatMap(
    (file) => (JSON.parse(readFileSync(file, "utf8")) as { interactions?: PactInteraction[] }).interactions ?? [],
  );
}
