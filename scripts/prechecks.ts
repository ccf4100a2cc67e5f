/**
 * The checks npm test runs before Jest, side by side: generated files up to date, types, lint and
 * layer rules. They share nothing, so running them at once saves their sum minus the longest.
 * Each one's output is printed whole, after it ends; the exit code is the first failure's.
 */
import { spawn } from "node:child_process";

const checks = ["generate:check", "typecheck", "lint"] as const;

function run(script: string): Promise<{ script: string; code: number; out: string; ms: number }> {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn("npm", ["run", "-s", script], { stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    child.stdout.on("data", (d: Buffer) => (out += d.toString()));
    child.stderr.on("data", (d: Buffer) => (out += d.toString()));
    child.on("close", (code) => resolve({ script, code: code ?? 1, out, ms: Date.now() - started }));
  });
}

void Promise.all(checks.map(run)).then((results) => {
  for (const r of results) {
    const verdict = r.code === 0 ? "ok" : `FAILED (exit ${r.code})`;
    process.stdout.write(`npm run ${r.script}: ${verdict} in ${(r.ms / 1000).toFixed(1)} s\n`);
    if (r.code !== 0) process.stdout.write(r.out);
  }
  process.exit(results.find((r) => r.code !== 0)?.code ?? 0);
});
