/**
 * TypeScript types of the two documents (openapi-typescript, called as a library so the
 * output is a pure string) and generated/types.ts: friendly aliases of every component schema.
 */
import openapiTS, { astToString } from "openapi-typescript";
import type { OpenApiDoc } from "./bundleSpec";

export async function renderOpenApiTypes(bannerLine: string, doc: OpenApiDoc): Promise<string> {
  const ast = await openapiTS(doc as never, { alphabetize: false });
  return `${bannerLine}\n\n${astToString(ast)}`;
}

/** `docs` maps a module name ("mpp") to its bundled document; the first that has a name wins. */
export function renderFriendlyTypes(bannerLine: string, docs: Record<string, OpenApiDoc>): string {
  const lines = [
    bannerLine,
    "",
    '/** Friendly names for the spec\'s schemas: `PayRequest` rather than `components["schemas"]["PayRequest"]`. */',
  ];
  const seen = new Set<string>();
  for (const module of Object.keys(docs)) {
    lines.push(`import type { components as ${module}Components } from "./${module}";`);
  }
  lines.push("");
  for (const [module, doc] of Object.entries(docs)) {
    for (const name of Object.keys(doc.components.schemas ?? {})) {
      if (seen.has(name)) continue;
      seen.add(name);
      lines.push(`export type ${name} = ${module}Components["schemas"][${JSON.stringify(name)}];`);
    }
  }
  lines.push("");
  return lines.join("\n");
}
