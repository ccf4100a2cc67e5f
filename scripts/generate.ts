/**
 * Writes generated/ from spec/, and docs/rules.md from spec/rules.yaml, the checks and the fault
 * catalogue. With --check, writes nothing and fails when a file is stale.
 * Every generator is a pure function (spec in, file text out) so --check compares exactly.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { faultCatalogue } from "../reference-mpp/faults";
import { allChecks } from "../src/checks";
import { banner } from "./codegen/banner";
import { bundleSpec } from "./codegen/bundleSpec";
import { operationsOf } from "./codegen/operations";
import { renderResultCodes } from "./codegen/resultCodes";
import { readRules, renderRules } from "./codegen/rules";
import { readCheckSources, renderRulesDoc } from "./codegen/rulesDoc";
import { renderSchemaInfo } from "./codegen/schemaInfo";
import { renderFriendlyTypes, renderOpenApiTypes } from "./codegen/types";
import { renderValidateModule } from "./codegen/validateModule";
import { renderValidators } from "./codegen/validators";

const root = join(__dirname, "..");
const check = process.argv.includes("--check");

async function outputs(): Promise<Record<string, string>> {
  const mpp = bundleSpec(join(root, "spec/mpp.yaml"));
  const alipayplus = bundleSpec(join(root, "spec/alipayplus.yaml"));
  const operations = [...operationsOf(mpp), ...operationsOf(alipayplus)];
  const fromSpec = banner("spec/mpp.yaml, spec/alipayplus.yaml and spec/components/");
  const validators = renderValidators(fromSpec, [mpp, alipayplus], operations);
  const rules = readRules(join(root, "spec/rules.yaml"));
  return {
    "generated/rules.ts": renderRules(rules),
    "generated/mpp.ts": await renderOpenApiTypes(banner("spec/mpp.yaml"), mpp),
    "generated/alipayplus.ts": await renderOpenApiTypes(banner("spec/alipayplus.yaml"), alipayplus),
    "generated/types.ts": renderFriendlyTypes(fromSpec, { mpp, alipayplus }),
    "generated/validators.js": validators.js,
    "generated/validators.d.ts": validators.dts,
    "generated/validate.ts": renderValidateModule(fromSpec, {
      mpp: operationsOf(mpp),
      alipayplus: operationsOf(alipayplus),
    }),
    "generated/resultCodes.ts": renderResultCodes(fromSpec, operations),
    "generated/schemaInfo.ts": renderSchemaInfo(banner("spec/mpp.yaml"), mpp, operations),
    // The check files are found by scanning src/checks/, so moving a check only needs a regenerate.
    "docs/rules.md": renderRulesDoc({
      banner: banner("spec/rules.yaml, src/checks/ and reference-mpp/faults.ts"),
      rules,
      checks: allChecks,
      checkSources: readCheckSources(root),
      faults: faultCatalogue,
    }),
  };
}

async function main(): Promise<void> {
  const stale: string[] = [];
  for (const [file, text] of Object.entries(await outputs())) {
    const path = join(root, file);
    const current = existsSync(path) ? readFileSync(path, "utf8") : undefined;
    if (current === text) continue;
    if (check) stale.push(file);
    else {
      mkdirSync(join(path, ".."), { recursive: true });
      writeFileSync(path, text);
      console.log(`wrote ${file}`);
    }
  }
  if (stale.length > 0) {
    console.error(`generated files are stale; run \`npm run generate\` and commit:\n  ${stale.join("\n  ")}`);
    process.exit(1);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
