/**
 * Turns one OpenAPI document of spec/ (which points into spec/components/*.yaml) into a
 * self-contained document whose every $ref is local (`#/components/<section>/<Name>`).
 * openapi-typescript and AJV both get this one bundle, so they see the same schemas.
 *
 * Conventions this relies on (checked, with a clear error):
 *  - external refs have the form `<file>.yaml#/<Name>`: one top-level definition per name;
 *  - a definition's name is unique across spec/components/ (it becomes the component name);
 *  - parameters.yaml holds header parameters, headers.yaml response headers, every other
 *    file schemas.
 */
import { readFileSync } from "node:fs";
import { basename, dirname, resolve } from "node:path";
import { parse } from "yaml";

type Json = unknown;
type Section = "schemas" | "parameters" | "headers";
export interface OpenApiDoc {
  paths: Record<string, Record<string, any>>;
  components: Record<Section, Record<string, Json>>;
  [key: string]: Json;
}

function sectionOf(file: string): Section {
  const name = basename(file);
  if (name === "parameters.yaml") return "parameters";
  if (name === "headers.yaml") return "headers";
  return "schemas";
}

export function readYaml(path: string): any {
  return parse(readFileSync(path, "utf8"));
}

export function bundleSpec(docPath: string): OpenApiDoc {
  const doc = readYaml(docPath) as OpenApiDoc;
  const files = new Map<string, Record<string, Json>>();
  const defined = new Map<string, string>(); // "section/Name" -> defining file#name
  const pending: { section: Section; name: string; file: string }[] = [];

  const load = (file: string): Record<string, Json> => {
    if (!files.has(file)) files.set(file, readYaml(file) as Record<string, Json>);
    return files.get(file)!;
  };

  /** Maps a ref seen in `fromFile` to its local form, queueing the definition it names. */
  const localRef = (ref: string, fromFile: string): string => {
    if (ref.startsWith("#/components/")) return ref;
    const [filePart, pointer] = ref.split("#");
    const file = filePart ? resolve(dirname(fromFile), filePart) : fromFile;
    const match = /^\/([A-Za-z0-9_]+)$/.exec(pointer ?? "");
    if (!match) throw new Error(`${fromFile}: unsupported $ref ${JSON.stringify(ref)} (want <file>.yaml#/<Name>)`);
    const name = match[1]!;
    const section = sectionOf(file);
    const key = `${section}/${name}`;
    const origin = `${file}#${name}`;
    const known = defined.get(key);
    if (known && known !== origin) throw new Error(`component name ${key} is defined twice: ${known} and ${origin}`);
    if (!known) {
      defined.set(key, origin);
      pending.push({ section, name, file });
    }
    return `#/components/${section}/${name}`;
  };

  const rewrite = (node: Json, fromFile: string): Json => {
    if (Array.isArray(node)) return node.map((item) => rewrite(item, fromFile));
    if (node === null || typeof node !== "object") return node;
    const out: Record<string, Json> = {};
    for (const [key, value] of Object.entries(node)) {
      out[key] = key === "$ref" && typeof value === "string" ? localRef(value, fromFile) : rewrite(value, fromFile);
    }
    return out;
  };

  // Component entries that are bare external refs are replaced by what they point to.
  const components: OpenApiDoc["components"] = { schemas: {}, parameters: {}, headers: {} };
  for (const section of ["schemas", "parameters", "headers"] as const) {
    for (const [name, value] of Object.entries(doc.components?.[section] ?? {})) {
      const ref = (value as { $ref?: string }).$ref;
      if (typeof ref === "string" && !ref.startsWith("#")) {
        const local = localRef(ref, docPath);
        if (local !== `#/components/${section}/${name}`) {
          throw new Error(`${docPath}: components.${section}.${name} must point at a definition named ${name}`);
        }
      } else components[section][name] = rewrite(value, docPath);
    }
  }
  const paths = rewrite(doc.paths, docPath) as OpenApiDoc["paths"];
  while (pending.length > 0) {
    const { section, name, file } = pending.shift()!;
    const definition = load(file)[name];
    if (definition === undefined) throw new Error(`${file}: no definition named ${name}`);
    components[section][name] = rewrite(definition, file);
  }
  for (const section of Object.keys(components) as Section[]) {
    if (Object.keys(components[section]).length === 0) delete (components as Partial<typeof components>)[section];
  }
  return { ...doc, paths, components };
}
