/**
 * The four Easy Pay operations as the two bundled documents define them: which schema is each
 * operation's request and response body, and its x-result-codes table.
 */
import type { OpenApiDoc } from "./bundleSpec";

export const OPERATIONS = ["pay", "inquiryPayment", "notifyPayment", "authNotify"] as const;
export type Operation = (typeof OPERATIONS)[number];
export const DIRECTIONS = ["request", "response"] as const;
export type Direction = (typeof DIRECTIONS)[number];

export interface ResultCode {
  code: string;
  status: "S" | "F" | "U";
  meaning: string;
  action: string;
}

export interface OperationInfo {
  operation: Operation;
  method: string;
  path: string;
  /** Component schema names of the JSON bodies. */
  schemas: Record<Direction, string>;
  resultCodes: ResultCode[];
}

const REF_PREFIX = "#/components/schemas/";

function schemaName(ref: unknown, where: string): string {
  if (typeof ref !== "string" || !ref.startsWith(REF_PREFIX)) {
    throw new Error(`${where}: the body schema must be a $ref to ${REF_PREFIX}<Name>`);
  }
  return ref.slice(REF_PREFIX.length);
}

/** Every operation of `doc` with an operationId among OPERATIONS. */
export function operationsOf(doc: OpenApiDoc): OperationInfo[] {
  const found: OperationInfo[] = [];
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(item)) {
      const id = op?.operationId as Operation | undefined;
      if (!id || !(OPERATIONS as readonly string[]).includes(id)) continue;
      const where = `${method.toUpperCase()} ${path} (${id})`;
      found.push({
        operation: id,
        method: method.toUpperCase(),
        path,
        schemas: {
          request: schemaName(op.requestBody?.content?.["application/json"]?.schema?.$ref, `${where} request`),
          response: schemaName(op.responses?.["200"]?.content?.["application/json"]?.schema?.$ref, `${where} response`),
        },
        resultCodes: (op["x-result-codes"] ?? []) as ResultCode[],
      });
    }
  }
  return found;
}
