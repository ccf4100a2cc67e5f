/**
 * npm run bench: the performance goals, measured (not asserted in tests).
 *   1. the full suite against the embedded reference MPP, fast profile (goal ≤ 20 s)
 *   2. the whole fault matrix, as the tests run it (goal ≤ 2 min)
 *   3. the kit's own overhead per exchange: sign, verify, validate, record
 *   4. `npm test`, the whole test loop, in a child process, measured first (goal ≤ 3 min; skip with --no-npm-test)
 * Each figure is printed with the machine's core count, since all of them depend on it.
 */

import { spawn } from "node:child_process";
import { generateKeyPairSync } from "node:crypto";
import { availableParallelism, cpus } from "node:os";
import { validate } from "../generated/validate";
import { benchContracts } from "../src/contracts/benchContracts";
import { recordMessage } from "../src/core/recording";
import { sign, verify } from "../src/core/signature";
import { matrixDefaults, runFaultMatrix } from "../src/run/faultMatrix";
import { openSession } from "../src/run/openSession";
import { runFailed } from "../src/run/ruleVerdicts";
import { runConformance } from "../src/run/runConformance";

const cores = availableParallelism();
const machine = `${cores} cores (${cpus()[0]?.model.trim() ?? "unknown cpu"})`;
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

async function fullSuite(): Promise<void> {
  const session = await openSession({ embedded: true, env: {} });
  try {
    const result = await runConformance({
      config: session.config,
      simulator: session.simulator,
      verifier: session.verifier,
    });
    const exchanges = result.traces.reduce((n, t) => n + t.exchanges.length, 0);
    console.log(
      `full suite, embedded MPP, fast profile, ${session.verifier.name} driver: ${seconds(result.durationMs)} wall ` +
        `(goal ≤ 20 s; ${result.traces.length} scenarios, ${exchanges} exchanges; ${runFailed(result.verdicts) ? "MUST failures!" : "all MUST rules pass"}) on ${machine}`,
    );
  } finally {
    await session.close();
  }
}

async function faultMatrix(): Promise<void> {
  const started = Date.now();
  const rows = await runFaultMatrix(matrixDefaults);
  const caught = rows.filter((r) => r.caught).length;
  const slowest = [...rows].sort((a, b) => b.durationMs - a.durationMs)[0];
  console.log(
    `fault matrix: ${seconds(Date.now() - started)} wall (goal ≤ 2 min; ${caught}/${rows.length} faults caught, ` +
      `${matrixDefaults.concurrency} at a time, ${matrixDefaults.env.VERIFICATION_DRIVER} driver; ` +
      `slowest ${slowest?.fault} ${seconds(slowest?.durationMs ?? 0)}) on ${machine}`,
  );
}

function perExchangeOverhead(): void {
  const { privateKey, publicKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  const request = JSON.stringify({
    acquirerId: "1022188000000000001",
    pspId: "1022160000000000000",
    paymentRequestId: "2023091819074101000930025674948",
  });
  const response = {
    result: { resultCode: "PAYMENT_IN_PROCESS", resultStatus: "U", resultMessage: "in process" },
    paymentId: "p1",
    paymentUrl: "http://127.0.0.1/verify/p1",
  };
  const responseText = JSON.stringify(response);
  const parts = {
    method: "POST",
    uri: "/aps/api/v1/payments/pay",
    clientId: "SANDBOX",
    time: "2026-11-27T16:00:00+08:00",
    body: request,
  };
  const rounds = 500;
  const started = process.hrtime.bigint();
  for (let i = 0; i < rounds; i++) {
    const signature = sign(parts, privateKey); // the kit signs its request
    verify({ ...parts, body: responseText }, signature, publicKey); // and verifies the answer's signature
    validate("pay", "response", JSON.parse(responseText)); // validates it
    recordMessage({ "content-type": "application/json" }, Buffer.from(responseText)); // and records it
  }
  const micros = Number(process.hrtime.bigint() - started) / 1000 / rounds;
  console.log(
    `kit overhead per exchange (sign + verify + validate + record, RSA-2048): ${micros.toFixed(0)} µs on ${machine}`,
  );
}

async function contracts(): Promise<void> {
  const b = await benchContracts();
  console.log(
    `Pact verification of contracts/ (${b.interactions} interactions, ${b.pactPassed ? "all verified" : "FAILURES!"}): ${seconds(b.pactMs)}; ` +
      `the kit's conformance run of the same interactions (${b.scenarios} scenarios): ${seconds(b.conformanceMs)}; ` +
      `ratio Pact/kit ${(b.pactMs / b.conformanceMs).toFixed(2)} (${b.driver} driver) on ${machine}`,
  );
}

/** The whole test loop as a developer or CI runs it: `npm test` in a child process, timed. */
function npmTest(): Promise<void> {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn("npm", ["test"], { stdio: ["ignore", "ignore", "pipe"] });
    let tail = "";
    child.stderr.on("data", (d: Buffer) => (tail = (tail + d.toString()).slice(-4000)));
    child.on("close", (code) => {
      const summary = /Tests:.*$/m.exec(tail)?.[0] ?? "";
      console.log(
        `npm test: ${seconds(Date.now() - started)} wall (goal ≤ 3 min; exit ${code}${summary ? `; ${summary}` : ""}) on ${machine}`,
      );
      resolve();
    });
  });
}

async function main(): Promise<void> {
  process.env.PACT_DO_NOT_TRACK = "true";
  // First, on the machine as it is: Jest sizes its workers by the load, which the rest would raise.
  if (!process.argv.includes("--no-npm-test")) await npmTest();
  perExchangeOverhead();
  await fullSuite();
  await contracts();
  await faultMatrix();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
