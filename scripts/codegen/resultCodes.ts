/** generated/resultCodes.ts: every operation's x-result-codes table, as data. */
import type { OperationInfo } from "./operations";

export function checkResultCodes(operations: OperationInfo[]): void {
  for (const op of operations) {
    if (op.resultCodes.length === 0) throw new Error(`${op.operation}: no x-result-codes table`);
    const seen = new Set<string>();
    for (const row of op.resultCodes) {
      if (!/^[A-Z][A-Z0-9_]*$/.test(row.code) || !["S", "F", "U"].includes(row.status) || !row.meaning || !row.action) {
        throw new Error(`${op.operation}: malformed x-result-codes row ${JSON.stringify(row)}`);
      }
      if (seen.has(row.code)) throw new Error(`${op.operation}: result code ${row.code} listed twice`);
      seen.add(row.code);
    }
  }
}

export function renderResultCodes(bannerLine: string, operations: OperationInfo[]): string {
  checkResultCodes(operations);
  const tables = operations.map((op) => {
    const rows = op.resultCodes.map(
      (r) =>
        `    { code: ${JSON.stringify(r.code)}, status: ${JSON.stringify(r.status)}, meaning: ${JSON.stringify(r.meaning)}, action: ${JSON.stringify(r.action)} },`,
    );
    return [`  ${op.operation}: [`, ...rows, "  ],"].join("\n");
  });
  const codes = new Map<string, string>();
  for (const op of operations) {
    for (const row of op.resultCodes) {
      const known = codes.get(row.code);
      if (known && known !== row.status)
        throw new Error(`result code ${row.code} implies ${known} in one table and ${row.status} in ${op.operation}'s`);
      codes.set(row.code, row.status);
    }
  }
  const sorted = [...codes.keys()].sort();
  return [
    bannerLine,
    "",
    'import type { Operation } from "./validate";',
    "",
    'export type ResultStatusCode = "S" | "F" | "U";',
    "",
    "/** One row of an operation's result-code table: the status a code implies and what the receiver does. */",
    "export interface ResultCodeEntry {",
    "  readonly code: string;",
    "  readonly status: ResultStatusCode;",
    "  readonly meaning: string;",
    "  readonly action: string;",
    "}",
    "",
    "export const resultCodes: Record<Operation, readonly ResultCodeEntry[]> = {",
    ...tables,
    "};",
    "",
    "/** Every result code of any operation's table. */",
    `export type ResultCode = ${sorted.map((c) => JSON.stringify(c)).join(" | ")};`,
    "",
    "/** The status each code implies; the same in every table that lists it (the generator checks). */",
    "export const statusOfResultCode: Readonly<Record<ResultCode, ResultStatusCode>> = {",
    ...sorted.map((c) => `  ${c}: ${JSON.stringify(codes.get(c))},`),
    "};",
    "",
    "export const isResultCode = (code: string): code is ResultCode => Object.hasOwn(statusOfResultCode, code);",
    "",
    "/** The status `code` implies for `op`, or undefined when the code is not in the operation's table. */",
    "export function statusOfCode(op: Operation, code: string): ResultStatusCode | undefined {",
    "  return resultCodes[op].find((row) => row.code === code)?.status;",
    "}",
    "",
  ].join("\n");
}
