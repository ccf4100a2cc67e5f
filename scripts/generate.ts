/**
 * Writes generated/ from spec/. With --check, writes nothing and fails when a file is stale.
 * Every generator is a pure function (spec in, file text out) so --check compares exactly.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { readRules, renderRules } from "./codegen/rules";

const root = join(__dirname, "..");
const check = process.argv.includes("--check");

async function outputs(): Promise<Record<string, string>> {
  return {
    "generated/rules.ts": renderRules(readRules(join(root, "spec/rules.yaml"))),
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
    console.error(`generated/ is stale; run \`npm run generate\` and commit:\n  ${stale.join("\n  ")}`);
    process.exit(1);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
