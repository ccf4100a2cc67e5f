/**
 * The layer rules (.dependency-cruiser.cjs) run in `npm test` through `npm run lint`. This proves
 * they bite: a miniature tree with one back-edge per rule fails, naming each rule, and the same
 * tree without them passes.
 */
import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";

const root = join(__dirname, "../..");
const cli = join(root, "node_modules/dependency-cruiser/bin/dependency-cruise.mjs");

function cruise(files: Record<string, string>): { code: number | null; out: string } {
  const dir = mkdtempSync(join(tmpdir(), "easypay-layers-"));
  cpSync(join(root, ".dependency-cruiser.cjs"), join(dir, ".dependency-cruiser.cjs"));
  writeFileSync(join(dir, "tsconfig.json"), JSON.stringify({ compilerOptions: { module: "nodenext", strict: true } }));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  const run = spawnSync(
    process.execPath,
    [cli, "src", "reference-mpp", "--config", ".dependency-cruiser.cjs", "--output-type", "err"],
    {
      cwd: dir,
      encoding: "utf8",
      timeout: 30_000,
    },
  );
  return { code: run.status, out: `${run.stdout}${run.stderr}` };
}

const leaves = {
  "src/core/trace.ts": "export const trace = 1;\n",
  "src/scenarios/catalogue.ts": 'import { trace } from "../core/trace";\nexport const names = [trace];\n',
  "src/run/ruleVerdicts.ts": "export const verdicts = 1;\n",
  "reference-mpp/index.ts": "export const mpp = 1;\n",
};

test("a tree that keeps the layers passes", () => {
  const { code, out } = cruise({
    ...leaves,
    "src/checks/ok.ts": 'import { trace } from "../core/trace";\nexport const x = trace;\n',
  });
  expect(out).toContain("no dependency violations");
  expect(code).toBe(0);
});

test("each back-edge fails the build with the rule it breaks", () => {
  const { code, out } = cruise({
    ...leaves,
    "src/checks/bad.ts": 'import { names } from "../scenarios/catalogue";\nexport const x = names;\n',
    "src/report/bad.ts": 'import { verdicts } from "../run/ruleVerdicts";\nexport const x = verdicts;\n',
    "src/core/bad.ts": 'import { names } from "../scenarios/catalogue";\nexport const x = names;\n',
    "src/cli.ts": 'import { mpp } from "../reference-mpp";\nexport const x = mpp;\n',
  });
  expect(code).not.toBe(0);
  expect(out).toContain("checks-judge-only-the-trace: src/checks/bad.ts → src/scenarios/catalogue.ts");
  expect(out).toContain("report-renders-only-verdicts: src/report/bad.ts → src/run/ruleVerdicts.ts");
  expect(out).toContain("core-is-neutral: src/core/bad.ts → src/scenarios/catalogue.ts");
  expect(out).toContain("one-door-to-the-reference-mpp: src/cli.ts → reference-mpp/index.ts");
});
