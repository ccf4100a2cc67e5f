/**
 * generated/schemaInfo.ts: what a fuzzer needs to derive schema-invalid requests for the APIs
 * the MPP serves — the required fields, the length-bounded strings, the enums, the patterns and
 * the string fields of each request body, as JSON paths. Read from the spec, never by hand.
 */
import type { OpenApiDoc } from "./bundleSpec";
import type { OperationInfo } from "./operations";

type Schema = Record<string, any>;

export interface RequestInfo {
  /** `always`: every ancestor is required too, so the field is in every valid request. */
  required: { path: string; always: boolean }[];
  maxLength: { path: string; maxLength: number }[];
  enums: { path: string; values: string[] }[];
  patterns: { path: string; pattern: string }[];
  /** Fields whose type is string (every scalar is): a number there is a type error. */
  strings: string[];
}

const MAX_DEPTH = 8; // the spec has no recursive schema; this only bounds a mistake

export function requestInfo(schemas: Record<string, Schema>, rootName: string): RequestInfo {
  const info: RequestInfo = { required: [], maxLength: [], enums: [], patterns: [], strings: [] };
  const resolve = (schema: Schema): Schema => {
    let current = schema;
    for (let hops = 0; typeof current.$ref === "string"; hops++) {
      if (hops > MAX_DEPTH) throw new Error(`$ref chain too long at ${current.$ref}`);
      const target = schemas[current.$ref.replace("#/components/schemas/", "")];
      if (!target) throw new Error(`unresolved ${current.$ref}`);
      current = { ...target, ...Object.fromEntries(Object.entries(current).filter(([k]) => k !== "$ref")) };
    }
    return current;
  };
  /** The schema's own keywords merged with those of its allOf members (if/then is conditional: skipped). */
  const flatten = (schema: Schema): Schema[] => {
    const self = resolve(schema);
    return [self, ...((self.allOf as Schema[] | undefined) ?? []).flatMap(flatten)];
  };
  const walk = (schema: Schema, path: string, always: boolean, depth: number): void => {
    if (depth > MAX_DEPTH) throw new Error(`schema too deep at ${path}`);
    const parts = flatten(schema);
    const first = <T>(key: string): T | undefined => parts.find((p) => p[key] !== undefined)?.[key];
    if (first<string>("type") === "string") info.strings.push(path);
    const maxLength = first<number>("maxLength");
    if (maxLength !== undefined) info.maxLength.push({ path, maxLength });
    // the narrowest enum wins (e.g. FinalResult narrows ResultStatus)
    const enums = parts.filter((p) => Array.isArray(p.enum)).map((p) => p.enum as string[]);
    if (enums.length > 0) info.enums.push({ path, values: enums.reduce((a, b) => (b.length < a.length ? b : a)) });
    const pattern = first<string>("pattern");
    if (pattern !== undefined) info.patterns.push({ path, pattern });
    const required = new Set(parts.flatMap((p) => (p.required as string[] | undefined) ?? []));
    const seen = new Set<string>();
    for (const part of parts) {
      for (const [name, child] of Object.entries((part.properties as Record<string, Schema> | undefined) ?? {})) {
        if (seen.has(name)) continue;
        seen.add(name);
        const childPath = `${path}.${name}`;
        const isRequired = required.has(name);
        if (isRequired) info.required.push({ path: childPath, always });
        walk(child, childPath, always && isRequired, depth + 1);
      }
    }
  };
  walk({ $ref: `#/components/schemas/${rootName}` }, "$", true, 0);
  return info;
}

export function renderSchemaInfo(bannerLine: string, doc: OpenApiDoc, operations: OperationInfo[]): string {
  const served = operations.filter((op) => op.operation === "pay" || op.operation === "inquiryPayment");
  const entries = served.map((op) => {
    const info = requestInfo(doc.components.schemas as Record<string, Schema>, op.schemas.request);
    const lists = Object.entries(info).map(([key, items]: [string, unknown[]]) =>
      [`    ${key}: [`, ...items.map((item) => `      ${JSON.stringify(item)},`), "    ],"].join("\n"),
    );
    return [`  ${op.operation}: {`, ...lists, "  },"].join("\n");
  });
  return [
    bannerLine,
    "",
    '/** Constraints of a request body, each at a JSON path such as "$.order.orderAmount.value". */',
    "export interface RequestSchemaInfo {",
    "  /** `always`: every ancestor is required too, so the field is in every valid request. */",
    "  readonly required: readonly { readonly path: string; readonly always: boolean }[];",
    "  readonly maxLength: readonly { readonly path: string; readonly maxLength: number }[];",
    "  readonly enums: readonly { readonly path: string; readonly values: readonly string[] }[];",
    "  readonly patterns: readonly { readonly path: string; readonly pattern: string }[];",
    "  /** Fields whose type is string: a JSON number there is a type error. */",
    "  readonly strings: readonly string[];",
    "}",
    "",
    "/** The requests the MPP serves (conditional requirements of if/then are not listed). */",
    `export const schemaInfo: Record<${served.map((op) => JSON.stringify(op.operation)).join(" | ")}, RequestSchemaInfo> = {`,
    ...entries,
    "};",
    "",
    '/** "$.order.orderAmount.value" -> ["order", "orderAmount", "value"]. */',
    "export function pathKeys(path: string): string[] {",
    '  return path === "$" ? [] : path.slice(2).split(".");',
    "}",
    "",
  ].join("\n");
}
