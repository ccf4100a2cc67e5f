/**
 * generated/validate.ts: the typed entry point over generated/validators.js. It turns AJV's
 * errors into one readable line each that names the field, e.g.
 *   $.result.resultStatus must be one of "S", "F", "U" (got "u")
 *   $ must have required property 'result'
 * The module's code is fixed; only the operation list comes from the spec.
 */
import type { OperationInfo } from "./operations";
import { validatorName } from "./validators";

const BODY = String.raw`
export type Direction = "request" | "response";

/** One schema violation. path is a JSON path, e.g. "$.result.resultStatus"; for a missing
 *  property it is the path the property should have had. */
export interface SchemaError {
  path: string;
  message: string;
}

export type ValidationResult = { valid: true } | { valid: false; errors: SchemaError[] };

type AjvError = NonNullable<CompiledValidator["errors"]>[number];

/** Values of these fields are secrets: errors give their length, never their content.
 *  (paymentMethodId carries the access token in token payments, docs/alipayplus/pay.md#shared-objects.) */
const SECRET_FIELDS = new Set(["accessToken", "refreshToken", "authCode", "otpCode", "securityCode", "pin", "smsCode", "paymentMethodId"]);
const MAX_SHOWN = 80;

export function validate(op: Operation, dir: Direction, body: unknown): ValidationResult {
  const check = byOperation[op]?.[dir];
  if (!check) throw new Error("unknown operation " + JSON.stringify(op) + " / direction " + JSON.stringify(dir));
  if (check(body)) return { valid: true };
  return { valid: false, errors: describeErrors(check.errors ?? []) };
}

/** Readable errors, one per problem: the generic "must match then schema" of if/then is dropped
 *  because the specific error it wraps is reported too. */
export function describeErrors(errors: readonly AjvError[]): SchemaError[] {
  const out: SchemaError[] = [];
  const seen = new Set<string>();
  for (const error of errors) {
    if (error.keyword === "if") continue;
    const described = describeError(error);
    const key = described.path + "\u0000" + described.message;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(described);
  }
  return out;
}

function describeError(error: AjvError): SchemaError {
  const keys = pointerKeys(error.instancePath);
  const path = jsonPath(keys);
  const params = error.params;
  const got = describeValue(error.data, keys[keys.length - 1]);
  switch (error.keyword) {
    case "required": {
      const missing = String(params.missingProperty);
      return { path: jsonPath([...keys, missing]), message: path + " must have required property '" + missing + "'" };
    }
    case "enum":
      return { path, message: path + " must be one of " + (params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(", ") + " (got " + got + ")" };
    case "const":
      return { path, message: path + " must be " + JSON.stringify(params.allowedValue) + " (got " + got + ")" };
    case "type":
      return { path, message: path + " must be " + (Array.isArray(params.type) ? params.type.join(" or ") : params.type) + " (got " + got + ")" };
    case "maxLength":
    case "minLength": {
      const length = typeof error.data === "string" ? [...error.data].length : "?";
      const bound = error.keyword === "maxLength" ? "more" : "fewer";
      return { path, message: path + " must NOT have " + bound + " than " + params.limit + " characters (got " + length + ")" };
    }
    case "pattern":
      // a date-time's pattern and format say the same thing: one message for both (deduplicated)
      if (isDateTime(error.parentSchema)) return { path, message: path + DATE_TIME_RULE + " (got " + got + ")" };
      return { path, message: path + " must match pattern " + JSON.stringify(params.pattern) + " (got " + got + ")" };
    case "format":
      if (params.format === "date-time") return { path, message: path + DATE_TIME_RULE + " (got " + got + ")" };
      return { path, message: path + " must be a valid " + params.format + " (got " + got + ")" };
    case "additionalProperties":
      return { path: jsonPath([...keys, String(params.additionalProperty)]), message: path + " must NOT have additional property '" + params.additionalProperty + "'" };
    default:
      return { path, message: path + " " + (error.message ?? "is invalid (" + error.keyword + ")") };
  }
}

const DATE_TIME_RULE = " must be an ISO 8601 date-time with seconds and offset, e.g. 2023-09-18T09:47:51+08:00";

function isDateTime(schema: unknown): boolean {
  return typeof schema === "object" && schema !== null && (schema as { format?: unknown }).format === "date-time";
}

function pointerKeys(pointer: string): string[] {
  if (pointer === "") return [];
  return pointer.slice(1).split("/").map((key) => key.replace(/~1/g, "/").replace(/~0/g, "~"));
}

function jsonPath(keys: readonly string[]): string {
  let path = "$";
  for (const key of keys) {
    if (/^[0-9]+$/.test(key)) path += "[" + key + "]";
    else if (/^[A-Za-z_$][A-Za-z0-9_$]*$/.test(key)) path += "." + key;
    else path += "[" + JSON.stringify(key) + "]";
  }
  return path;
}

function describeValue(value: unknown, field: string | undefined): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "object") return "an object";
  if (value === undefined) return "nothing";
  if (field !== undefined && SECRET_FIELDS.has(field)) return "a secret of " + String(value).length + " characters";
  const text = JSON.stringify(value);
  const shown = text.length > MAX_SHOWN ? text.slice(0, MAX_SHOWN) + "…" : text;
  return typeof value === "string" ? shown : typeof value + " " + shown;
}
`;

/**
 * `served` says which side answers each operation: the MPP serves spec/mpp.yaml's (Alipay+ calls
 * them), Alipay+ serves spec/alipayplus.yaml's (the MPP calls them back).
 */
export function renderValidateModule(
  bannerLine: string,
  served: { mpp: OperationInfo[]; alipayplus: OperationInfo[] },
): string {
  const operations = [...served.mpp, ...served.alipayplus];
  const ops = operations.map((op) => op.operation);
  const union = (list: OperationInfo[]) => list.map((o) => JSON.stringify(o.operation)).join(" | ");
  const table = operations.map(
    (op) =>
      `  ${op.operation}: { request: compiled.${validatorName(op.operation, "request")}, response: compiled.${validatorName(op.operation, "response")} },`,
  );
  return [
    bannerLine,
    "",
    'import * as compiled from "./validators";',
    'import type { CompiledValidator } from "./validators";',
    "",
    `export type Operation = ${ops.map((o) => JSON.stringify(o)).join(" | ")};`,
    `export const operations: readonly Operation[] = ${JSON.stringify(ops)};`,
    "/** The operations the MPP serves: Alipay+ (the kit) calls them. */",
    `export type MppOperation = ${union(served.mpp)};`,
    "/** The operations Alipay+ serves: the MPP calls them back (the kit's simulator answers). */",
    `export type CallbackOperation = ${union(served.alipayplus)};`,
    BODY.trimEnd(),
    "",
    "const byOperation: Record<Operation, Record<Direction, CompiledValidator>> = {",
    ...table,
    "};",
    "",
  ].join("\n");
}
