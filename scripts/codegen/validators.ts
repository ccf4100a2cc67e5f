/**
 * Compiles the spec's body schemas AHEAD OF TIME with AJV (JSON Schema 2020-12, strict,
 * allErrors, verbose so errors carry the offending value) into standalone CommonJS code:
 * generated/validators.js exports one validate function per `<operation>_<direction>`.
 * Nothing compiles schemas at run time, so the kit, the simulator and the reference MPP start
 * fast and cannot disagree about the spec.
 */

import { isDeepStrictEqual } from "node:util";
import Ajv2020 from "ajv/dist/2020";
import standaloneCode from "ajv/dist/standalone";
import addFormats from "ajv-formats";
import type { OpenApiDoc } from "./bundleSpec";
import { DIRECTIONS, type OperationInfo } from "./operations";

export const SCHEMA_BASE = "https://easypay-conformance.local/spec/";

/** OpenAPI allows these beside JSON Schema keywords; AJV strict mode must be told about them. */
const OPENAPI_KEYWORDS = ["example", "discriminator", "xml", "externalDocs"];

export function newAjv(options: { code?: boolean } = {}): Ajv2020 {
  const ajv = new Ajv2020({
    strict: true,
    // if/then branches require properties that the enclosing schema declares; strictRequired
    // only looks at the branch itself and would reject that idiom.
    strictRequired: false,
    allErrors: true,
    verbose: true,
    ...(options.code ? { code: { source: true, lines: true, optimize: true } } : {}),
  });
  addFormats(ajv);
  for (const keyword of OPENAPI_KEYWORDS) ajv.addKeyword({ keyword });
  return ajv;
}

/** Rewrites OpenAPI component refs to refs into one JSON Schema document's $defs. */
function toDefsRefs(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(toDefsRefs);
  if (node === null || typeof node !== "object") return node;
  return Object.fromEntries(
    Object.entries(node).map(([key, value]) => [
      key,
      key === "$ref" && typeof value === "string"
        ? value.replace("#/components/schemas/", "#/$defs/")
        : toDefsRefs(value),
    ]),
  );
}

/** All component schemas of the documents as one JSON Schema (names shared by both must agree). */
export function schemaBundle(docs: OpenApiDoc[]): { $id: string; $defs: Record<string, unknown> } {
  const defs: Record<string, unknown> = {};
  for (const doc of docs) {
    for (const [name, schema] of Object.entries(doc.components.schemas ?? {})) {
      const converted = toDefsRefs(schema);
      if (name in defs && !isDeepStrictEqual(defs[name], converted)) {
        throw new Error(`schema ${name} differs between the documents`);
      }
      defs[name] = converted;
    }
  }
  const sorted = Object.fromEntries(
    Object.keys(defs)
      .sort()
      .map((name) => [name, defs[name]]),
  );
  return { $id: `${SCHEMA_BASE}schemas`, $defs: sorted };
}

export function validatorName(op: string, dir: string): string {
  return `${op}_${dir}`;
}

/** An AJV instance holding the bundle plus one entry schema per operation and direction. */
export function ajvWithSpec(docs: OpenApiDoc[], operations: OperationInfo[], options: { code?: boolean } = {}) {
  const ajv = newAjv(options);
  ajv.addSchema(schemaBundle(docs));
  const entries: Record<string, string> = {};
  for (const op of operations) {
    for (const dir of DIRECTIONS) {
      const id = `${SCHEMA_BASE}${op.operation}/${dir}`;
      ajv.addSchema({ $id: id, $ref: `${SCHEMA_BASE}schemas#/$defs/${op.schemas[dir]}` });
      entries[validatorName(op.operation, dir)] = id;
    }
  }
  return { ajv, entries };
}

export function renderValidators(
  banner: string,
  docs: OpenApiDoc[],
  operations: OperationInfo[],
): { js: string; dts: string } {
  const { ajv, entries } = ajvWithSpec(docs, operations, { code: true });
  const js = `${banner}\n${standaloneCode(ajv, entries)}\n`;
  const dts = [
    banner,
    "/** A compiled AJV validator: returns whether `data` is valid and leaves AJV errors on `.errors`. */",
    "export interface CompiledValidator {",
    "  (data: unknown): boolean;",
    "  errors?: Array<{ keyword: string; instancePath: string; params: Record<string, any>; message?: string; data?: unknown; schema?: unknown; parentSchema?: unknown }> | null;",
    "}",
    ...Object.keys(entries).map((name) => `export declare const ${name}: CompiledValidator;`),
    "",
  ].join("\n");
  return { js, dts };
}
