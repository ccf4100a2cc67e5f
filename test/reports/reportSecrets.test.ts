/**
 * A real run's folder, file by file: the layout users were promised, a summary.json that its
 * shipped schema accepts, and not one secret value the run used (keys, signatures, tokens,
 * PIN, SMS codes) in any file under it.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import Ajv2020 from "ajv/dist/2020";
import addFormats from "ajv-formats";
import schema from "../../src/report/summary.schema.json";
import { type ReportRun, runForReports } from "./runForReports";

let run: ReportRun;

beforeAll(async () => {
  // One-click (access token, authNotify), SMS resend (several codes), callback retries: the
  // scenarios that carry the most secrets; the browser driver (when there is one) adds screenshots.
  run = await runForReports({
    scenarios: ["happy-path", "one-click", "sms-resend", "callback-retries"],
    driver: "browser",
  });
}, 120_000);

const filesUnder = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) =>
    statSync(join(dir, name)).isDirectory() ? filesUnder(join(dir, name)) : [join(dir, name)],
  );

test("the run folder and latest/ hold the five reports", () => {
  for (const dir of [run.written.runDir, run.written.latestDir]) {
    for (const name of ["junit.xml", "findings.json", "report.html", "summary.json", "evidence"])
      expect(existsSync(join(dir, name))).toBe(true);
  }
  expect(readFileSync(join(run.written.latestDir, "summary.json"), "utf8")).toBe(
    readFileSync(join(run.written.runDir, "summary.json"), "utf8"),
  );
});

test("the run used secrets, and no file under its folder holds one", () => {
  const secrets = [...run.secrets].filter((s) => s.length >= 6);
  // The run must have produced the kinds of secret this test is about, or it proves nothing.
  expect(secrets.length).toBeGreaterThan(10);
  expect(secrets.some((s) => /^\d{4,8}$/.test(s))).toBe(true); // PIN / SMS codes
  expect(secrets.some((s) => s.length > 100)).toBe(true); // signatures
  const leaks: string[] = [];
  for (const file of [...filesUnder(run.written.runDir), ...filesUnder(run.written.latestDir)]) {
    const text = readFileSync(file).toString(file.endsWith(".png") ? "latin1" : "utf8");
    for (const secret of secrets) {
      // Short all-digit codes are matched as whole numbers; in binary images random bytes could
      // spell them, so images are searched for the long secrets only.
      const digits = /^\d+$/.test(secret);
      if (digits && file.endsWith(".png")) continue;
      const found = digits
        ? new RegExp(`(?<!\\d)${secret}(?!\\d)`).test(text)
        : text.includes(secret) || text.includes(JSON.stringify(secret).slice(1, -1));
      if (found) leaks.push(`${file}: ${secret.slice(0, 6)}…`);
    }
  }
  expect(leaks).toEqual([]);
});

test("summary.json is valid against the schema shipped in the repo and says what ran", () => {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  addFormats(ajv);
  const validate = ajv.compile(schema);
  const summary = JSON.parse(readFileSync(join(run.written.runDir, "summary.json"), "utf8")) as Record<string, any>;
  expect(validate.errors ?? validate(summary)).toBe(true);
  expect(summary.rules["order.never-success"].verdict).toBe("pass");
  expect(summary.rules["order.never-success"].cases.length).toBeGreaterThan(1);
  expect(summary.target.embedded).toBe(true);
  expect(summary.kit.specHash).toMatch(/^sha256:[0-9a-f]{64}$/);
  expect(Object.values(summary.counts as Record<string, number>).reduce((a, b) => a + b, 0)).toBe(
    run.result.verdicts.length,
  );
});

test("screenshots live in the run's evidence/ and the page embeds them", () => {
  const record = JSON.parse(readFileSync(join(run.written.runDir, "findings.json"), "utf8")) as {
    traces: { verifications: { screenshots: string[] }[] }[];
  };
  const shots = record.traces.flatMap((t) => t.verifications.flatMap((v) => v.screenshots));
  expect(shots.length).toBeGreaterThan(0);
  expect(shots.every((s) => s.startsWith("evidence/"))).toBe(true);
  for (const shot of shots) expect(existsSync(join(run.written.runDir, shot))).toBe(true);
  expect(readFileSync(join(run.written.runDir, "report.html"), "utf8")).toContain('src="data:image/png;base64,');
});
