/**
 * Who the contracts are between. The defaults name the roles; teams with their own names in a
 * Pact Broker override them (EASYPAY_PACT_CONSUMER / EASYPAY_PACT_PROVIDER, or flags).
 */
import { join } from "node:path";

export interface ContractNames {
  consumer: string;
  provider: string;
}

export const defaultNames: ContractNames = { consumer: "AlipayPlus", provider: "EasyPayMPP" };

export function contractNames(env: NodeJS.ProcessEnv = process.env, flags: Partial<ContractNames> = {}): ContractNames {
  return {
    consumer: flags.consumer ?? (env.EASYPAY_PACT_CONSUMER || defaultNames.consumer),
    provider: flags.provider ?? (env.EASYPAY_PACT_PROVIDER || defaultNames.provider),
  };
}

/** contracts/ at the repository root, where the committed pacts live. */
export const contractsDir = join(__dirname, "..", "..", "contracts");

/** The file pact-js writes for a pair: `<consumer>-<provider>.json`. */
export function pactFileName(names: ContractNames): string {
  return `${names.consumer}-${names.provider}.json`;
}
