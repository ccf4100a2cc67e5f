/**
 * What every contract test shares: spec validation of each body, and the staleness check of
 * contracts/ (CONTRACTS_UPDATE=1, set by `npm run contracts:generate`, writes instead).
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { type Direction, type Operation, validate } from "../../generated/validate";
import { contractsDir } from "../../src/contracts/names";

export function expectMatchesSpec(operation: Operation, direction: Direction, body: unknown): void {
  const verdict = validate(operation, direction, body);
  const errors = verdict.valid ? [] : verdict.errors.map((e) => e.message);
  expect({ operation, direction, errors }).toEqual({ operation, direction, errors: [] });
}

export function expectFreshContract(fileName: string, produced: string): void {
  const committed = join(contractsDir, fileName);
  if (process.env.CONTRACTS_UPDATE === "1") {
    writeFileSync(committed, produced);
    return;
  }
  if (!existsSync(committed))
    throw new Error(`contracts/${fileName} is missing: run \`npm run contracts:generate\` and commit it`);
  const stale = readFileSync(committed, "utf8") !== produced;
  if (stale)
    throw new Error(
      `contracts/${fileName} is stale (it differs from what the consumer tests produce): run \`npm run contracts:generate\` and commit it`,
    );
}
