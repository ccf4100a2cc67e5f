/**
 * The main command as users run it: a verdict table, reports in the reports folder, and an exit
 * code CI can gate on (0 judged and passed, 1 when a MUST rule fails, 2 for a bad command line,
 * 3 when a MUST rule could not be judged).
 */
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Writable } from "node:stream";
import { runCli } from "../../src/cli";

const root = join(__dirname, "../..");

function cli(args: string[]): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      [join(root, "node_modules/tsx/dist/cli.mjs"), join(root, "src/cli.ts"), ...args],
      {
        cwd: root,
        env: { ...process.env, MPP_BASE_URL: "", VERIFICATION_DRIVER: "form", PACT_DO_NOT_TRACK: "true" },
      },
    );
    let out = "";
    child.stdout.on("data", (d: Buffer) => (out += d.toString()));
    child.stderr.on("data", (d: Buffer) => (out += d.toString()));
    child.on("close", (code) => resolve({ code, out }));
  });
}

/**
 * The same command in this process: the code path is the one the binary runs (runCli), without a
 * fresh Node and TypeScript load per call (about 3.5 s of CPU each), so the cases below can run
 * side by side. The spawned cases above prove the binary itself: output, files and exit code.
 */
async function runInProcess(args: string[]): Promise<{ code: number; out: string }> {
  let out = "";
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      out += chunk.toString();
      done();
    },
  });
  const env = { ...process.env, MPP_BASE_URL: "", VERIFICATION_DRIVER: "form", PACT_DO_NOT_TRACK: "true" };
  const code = await runCli(args, { stdout: sink, stderr: sink, env });
  return { code, out };
}

const reports = () => mkdtempSync(join(tmpdir(), "easypay-cli-"));

test.concurrent("a clean embedded run exits 0 and writes its reports into reports/<run-id>/ and latest/", async () => {
  const dir = reports();
  const { code, out } = await cli(["run", "--scenario", "happy-path", "--reports", dir]);
  expect(out).toMatch(/pass\s+MUST\s+order\.never-success/);
  expect(code).toBe(0);
  expect(readFileSync(join(dir, "latest", "junit.xml"), "utf8")).toContain('<testsuites name="easypay-conformance"');
  for (const name of ["findings.json", "summary.json", "report.html"])
    expect(existsSync(join(dir, "latest", name))).toBe(true);
  // The run's own folder, named by its run id, is the one the CLI names.
  const runDir = /reports: (\S+) \(also/.exec(out)?.[1];
  expect(runDir && existsSync(join(runDir, "junit.xml"))).toBe(true);
}, 60_000);

test.concurrent("a fault that breaks a MUST rule exits 1 and explains the failure", async () => {
  const dir = reports();
  const { code, out } = await runInProcess([
    "run",
    "--scenario",
    "happy-path",
    "--fault",
    "order-answers-success",
    "--reports",
    dir,
  ]);
  expect(out).toMatch(/✗ \[MUST order\.never-success\]/);
  expect(out).toMatch(/Expected: .*\n\s+Received: .*\n\s+Hint: /);
  expect(code).toBe(1);
  expect(readFileSync(join(dir, "latest", "junit.xml"), "utf8")).toMatch(/<failure type="MUST"/);
}, 60_000);

test.concurrent("an unreachable target ends with a clear failure", async () => {
  const { code, out } = await runInProcess([
    "run",
    "--target",
    "http://127.0.0.1:9",
    "--scenario",
    "happy-path",
    "--reports",
    reports(),
  ]);
  expect(out).toMatch(/The target never answered: .*refused/);
  expect(code).toBe(1);
}, 60_000);

test.concurrent("a bad command line exits 2 with every problem listed", async () => {
  const { code, out } = await cli(["run", "--profile", "slow", "--fault", "no-such-fault"]);
  expect(out).toMatch(/--profile: must be seed or fast/);
  expect(code).toBe(2);
}, 30_000);

/** An SMS outbox as a user's MPP might serve it, misbehaving in one way. */
async function outbox(
  answer: (res: import("node:http").ServerResponse) => void,
): Promise<{ server: Server; url: string }> {
  const server = createServer((req, res) => {
    req.resume();
    answer(res);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    server,
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/sandbox/outbox?paymentId={paymentId}`,
  };
}

function file(name: string, content: unknown): string {
  const path = join(mkdtempSync(join(tmpdir(), "easypay-cli-")), name);
  writeFileSync(path, typeof content === "string" ? content : JSON.stringify(content));
  return path;
}

describe("a run the kit could not judge is incomplete (exit 3), with the cause and the fix", () => {
  test.concurrent("the outbox answers 404", async () => {
    const { server, url } = await outbox((res) => res.writeHead(404).end("not found"));
    try {
      const dir = reports();
      const { code, out } = await runInProcess([
        "run",
        "--scenario",
        "happy-path",
        "--config",
        file("config.json", { verification: { outboxUrl: url } }),
        "--reports",
        dir,
      ]);
      expect(out).toMatch(/^incomplete: \d+ MUST rules not judged$/m);
      expect(out).toMatch(
        /^ {2}- verification\.outboxUrl answered HTTP 404\n {4}rules: .*verify\.redirect-status.*\n {4}fix: point verification\.outboxUrl at your sandbox outbox/m,
      );
      expect(readFileSync(join(dir, "latest", "junit.xml"), "utf8")).toMatch(
        /<error type="incomplete" message="incomplete: not judged: not judged in happy-path: verification\.outboxUrl answered HTTP 404"/,
      );
      expect(code).toBe(3);
    } finally {
      server.close();
    }
  }, 90_000);

  test.concurrent("the page needs a step the config lacks (it sends the SMS code only on 'Send code'); --allow-incomplete accepts it but still lists it", async () => {
    // The outbox has no code yet: what the kit sees when the page waits for a button press.
    const { server, url } = await outbox((res) => res.writeHead(200, { "content-type": "application/json" }).end("{}"));
    try {
      const config = file("config.json", { verification: { outboxUrl: url } });
      const strict = await runInProcess([
        "run",
        "--scenario",
        "happy-path",
        "--config",
        config,
        "--reports",
        reports(),
      ]);
      expect(strict.out).toMatch(
        /- the page sent no SMS code before the kit read the outbox\n.*\n {4}fix: if your page sends the code only when the user presses a button, add a verification step that presses your send-code button/,
      );
      expect(strict.code).toBe(3);
      const allowed = await runInProcess([
        "run",
        "--scenario",
        "happy-path",
        "--config",
        config,
        "--allow-incomplete",
        "--reports",
        reports(),
      ]);
      expect(allowed.out).toMatch(/^incomplete: \d+ MUST rules not judged$/m);
      expect(allowed.out).toContain("accepted with --allow-incomplete: this run is not a complete verdict");
      expect(allowed.code).toBe(0);
    } finally {
      server.close();
    }
  }, 120_000);
});

describe("waivers and --fail-on", () => {
  const fault = ["run", "--scenario", "happy-path", "--fault", "order-answers-success"];

  test.concurrent("a waived failure shows as waived everywhere and exits 0; a waiver for a passing rule is stale", async () => {
    const dir = reports();
    const waivers = file(
      "waivers.yaml",
      [
        "waivers:",
        "  - rule: order.never-success",
        "    reason: TICKET-42 fix ships in 2.4",
        '    expires: "2999-12-31"',
        "  - rule: verify.page-served",
        "    scenario: happy-path",
        "    reason: fixed since",
        '    expires: "2999-12-31"',
        "",
      ].join("\n"),
    );
    const { code, out } = await runInProcess([...fault, "--waivers", waivers, "--reports", dir]);
    expect(out).toMatch(
      /^wvd +MUST +order\.never-success .*\(waived until 2999-12-31: TICKET-42 fix ships in 2\.4\)$/m,
    );
    expect(out).toContain(
      "stale waiver: verify.page-served (scenario happy-path) now passes: remove it from the waivers file",
    );
    // The rule the waived failure kept from being judged follows the waiver, saying so.
    expect(out).toMatch(
      /^wvd +MUST +order\.in-process-fields .*not judged because order\.never-success failed, which is waived/m,
    );
    expect(readFileSync(join(dir, "latest", "junit.xml"), "utf8")).toContain(
      '<skipped message="waived until 2999-12-31: TICKET-42 fix ships in 2.4"/>',
    );
    const findings = JSON.parse(readFileSync(join(dir, "latest", "findings.json"), "utf8")) as {
      verdicts: { rule: string; grade: string }[];
    };
    expect(findings.verdicts.find((v) => v.rule === "order.never-success")?.grade).toBe("waived");
    expect(code).toBe(0);
  }, 90_000);

  test.concurrent("an expired waiver fails the run, naming it", async () => {
    const waivers = file("waivers.json", {
      waivers: [{ rule: "order.never-success", reason: "TICKET-42", expires: "2020-01-31" }],
    });
    const { code, out } = await runInProcess([...fault, "--waivers", waivers, "--reports", reports()]);
    expect(out).toContain(
      "expired waiver: order.never-success expired on 2020-01-31 (TICKET-42): renew it with a later date or remove it",
    );
    expect(out).toMatch(/^FAIL +MUST +order\.never-success/m);
    expect(code).toBe(1);
  }, 90_000);

  test.concurrent("--fail-on none reports the failure and exits 0", async () => {
    // A fault that keeps no other rule from being judged: gaps would still exit 3 (see exitCode.test.ts).
    const { code, out } = await runInProcess([
      "run",
      "--scenario",
      "happy-path",
      "--fault",
      "redirect-drops-query",
      "--fail-on",
      "none",
      "--reports",
      reports(),
    ]);
    expect(out).toMatch(/^FAIL +MUST +verify\.redirect-keeps-query/m);
    expect(code).toBe(0);
  }, 90_000);

  test.concurrent("a waivers file with an unknown rule is a usage error (exit 2) before anything runs", async () => {
    const waivers = file("waivers.json", {
      waivers: [{ rule: "order.no-such-rule", reason: "r", expires: "2999-01-01" }],
    });
    const { code, out } = await runInProcess(["run", "--waivers", waivers]);
    expect(out).toMatch(/waivers\.0\.rule: unknown rule 'order\.no-such-rule'/);
    expect(code).toBe(2);
  }, 30_000);
});

test.concurrent("--page-style runs the embedded reference MPP in that page shape; an unknown one exits 2", async () => {
  const ok = await runInProcess([
    "run",
    "--page-style",
    "pin-then-code",
    "--driver",
    "form",
    "--scenario",
    "happy-path",
    "--reports",
    reports(),
  ]);
  // One scenario judges only some rules (the exit code of a partial run is not this test's business).
  expect(ok.out).toMatch(/pass\s+MUST\s+verify\.redirect-status/);
  expect(ok.out).not.toMatch(/FAIL\s+MUST\s+verify\./);
  const bad = await runInProcess(["run", "--page-style", "fancy"]);
  expect(bad.out).toMatch(/--page-style: must be one of current, send-code-first, pin-then-code, resend-own-form/);
  expect(bad.code).toBe(2);
}, 60_000);
