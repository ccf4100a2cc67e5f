/**
 * The main command as users run it: a verdict table, reports in the reports folder, and an exit
 * code CI can gate on (0 clean, 1 when a MUST rule fails, 2 for a bad command line).
 */
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const root = join(__dirname, "../..");

function cli(args: string[]): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(root, "node_modules/tsx/dist/cli.mjs"), join(root, "src/cli.ts"), ...args], {
      cwd: root,
      env: { ...process.env, MPP_BASE_URL: "", VERIFICATION_DRIVER: "form", PACT_DO_NOT_TRACK: "true" },
    });
    let out = "";
    child.stdout.on("data", (d: Buffer) => (out += d.toString()));
    child.stderr.on("data", (d: Buffer) => (out += d.toString()));
    child.on("close", (code) => resolve({ code, out }));
  });
}

const reports = () => mkdtempSync(join(tmpdir(), "easypay-cli-"));

test("a clean embedded run exits 0 and writes JUnit and findings", async () => {
  const dir = reports();
  const { code, out } = await cli(["run", "--scenario", "happy-path", "--reports", dir]);
  expect(out).toMatch(/pass\s+MUST\s+order\.never-success/);
  expect(code).toBe(0);
  expect(readFileSync(join(dir, "junit.xml"), "utf8")).toContain('<testsuites name="easypay-conformance"');
  expect(existsSync(join(dir, "findings.json"))).toBe(true);
}, 60_000);

test("a fault that breaks a MUST rule exits 1 and explains the failure", async () => {
  const dir = reports();
  const { code, out } = await cli(["run", "--scenario", "happy-path", "--fault", "order-answers-success", "--reports", dir]);
  expect(out).toMatch(/✗ \[MUST order\.never-success\]/);
  expect(out).toMatch(/Expected: .*\n\s+Received: .*\n\s+Hint: /);
  expect(code).toBe(1);
  expect(readFileSync(join(dir, "junit.xml"), "utf8")).toMatch(/<failure type="MUST"/);
}, 60_000);

test("an unreachable target ends with a clear failure", async () => {
  const { code, out } = await cli(["run", "--target", "http://127.0.0.1:9", "--scenario", "happy-path", "--reports", reports()]);
  expect(out).toMatch(/The target never answered: .*refused/);
  expect(code).toBe(1);
}, 60_000);

test("a bad command line exits 2 with every problem listed", async () => {
  const { code, out } = await cli(["run", "--profile", "slow", "--fault", "no-such-fault"]);
  expect(out).toMatch(/--profile: must be seed or fast/);
  expect(code).toBe(2);
}, 30_000);

test("--page-style runs the embedded reference MPP in that page shape; an unknown one exits 2", async () => {
  const ok = await cli(["run", "--page-style", "pin-then-code", "--driver", "form", "--scenario", "happy-path", "--reports", reports()]);
  // One scenario judges only some rules (the exit code of a partial run is not this test's business).
  expect(ok.out).toMatch(/pass\s+MUST\s+verify\.redirect-status/);
  expect(ok.out).not.toMatch(/FAIL\s+MUST\s+verify\./);
  const bad = await cli(["run", "--page-style", "fancy"]);
  expect(bad.out).toMatch(/--page-style: must be one of current, send-code-first, pin-then-code, resend-own-form/);
  expect(bad.code).toBe(2);
}, 60_000);
