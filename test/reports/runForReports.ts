/**
 * A real run for the report tests: scenarios against the embedded reference MPP (or a given
 * target), the reports written as the CLI writes them, and every secret value the run used
 * collected from the raw (unredacted) record, so a test can prove none reached the folder.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type FaultId, OUTBOX_PATH, referenceAccounts } from "../../reference-mpp";
import type { Trace } from "../../src/core/trace";
import { reproducerFor } from "../../src/report/reproducer";
import { type WrittenReports, writeReports } from "../../src/report/writeReports";
import { embeddedKeys } from "../../src/run/embeddedTarget";
import { openSession, type SessionOptions } from "../../src/run/openSession";
import { type RunResult, runConformance } from "../../src/run/runConformance";
import { allScenarios } from "../../src/scenarios";

export interface ReportRun {
  result: RunResult;
  written: WrittenReports;
  secrets: Set<string>;
}

const secretKey = /^(accessToken|refreshToken|authCode|securityCode|pin|smsCode|otp|otpCode|code|privateKey)$/i;

function secretValues(value: unknown, into: Set<string>): void {
  if (Array.isArray(value)) for (const v of value) secretValues(v, into);
  else if (value !== null && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) {
      if (secretKey.test(k) && typeof v === "string" && v !== "") into.add(v);
      else secretValues(v, into);
    }
  }
}

/** Signatures (both ways), tokens and codes in bodies: everything secret the traces hold in clear. */
function secretsInTraces(traces: readonly Trace[], into: Set<string>): void {
  for (const x of traces.flatMap((t) => t.exchanges)) {
    for (const message of [x.request, x.response]) {
      if (!message) continue;
      const signature = /signature=([^,\s]+)/.exec(message.headers.signature ?? "")?.[1];
      if (signature) {
        into.add(signature);
        into.add(decodeURIComponent(signature));
      }
      secretValues(message.json, into);
    }
  }
}

/** Watches (does not replace) fetch: the SMS codes the drivers read from the MPP's outbox. */
function watchOutbox(codes: Set<string>): () => void {
  const realFetch = globalThis.fetch;
  globalThis.fetch = async (input, init) => {
    const response = await realFetch(input, init);
    if (String(input instanceof Request ? input.url : input).includes(OUTBOX_PATH)) {
      const text = await response.clone().text();
      try {
        const { code } = JSON.parse(text) as { code?: unknown };
        if (typeof code === "string") codes.add(code);
      } catch {
        // not JSON: nothing secret to remember
      }
    }
    return response;
  };
  return () => {
    globalThis.fetch = realFetch;
  };
}

export async function runForReports(options: {
  scenarios: string[];
  faults?: FaultId[];
  driver?: "browser" | "form";
  session?: Partial<SessionOptions>;
  reportsDir?: string;
}): Promise<ReportRun> {
  const secrets = new Set<string>();
  const unwatch = watchOutbox(secrets);
  const reportsDir = options.reportsDir ?? mkdtempSync(join(tmpdir(), "easypay-reports-"));
  const embedded = options.session?.embedded ?? true;
  const session = await openSession({
    embedded,
    faults: options.faults,
    env: {},
    ...options.session,
    flags: { reportsDir, driver: options.driver, ...options.session?.flags },
  });
  try {
    const scenarios = allScenarios.filter((s) => options.scenarios.includes(s.name));
    const startedAt = Date.now();
    const result = await runConformance({
      config: session.config,
      simulator: session.simulator,
      verifier: session.verifier,
      scenarios,
    });
    secretsInTraces(result.traces, secrets);
    const { config } = session;
    if (embedded) {
      const keys = embeddedKeys();
      for (const pem of [keys.kitPrivateKeyPem, keys.mppPrivateKeyPem])
        for (const line of pem.split("\n").slice(1, -2)) secrets.add(line);
      secrets.add(referenceAccounts.payable.pin);
    }
    if (config.accounts.payable.pin) secrets.add(config.accounts.payable.pin);
    const written = writeReports(reportsDir, result, {
      reproduce: reproducerFor(result.traces),
      sharedEvidenceDir: config.verification.evidenceDir,
      meta: {
        startedAt,
        targetUrl: config.target.baseUrl,
        embedded,
        faults: options.faults ?? [],
        scenarios: options.scenarios,
        profile: config.timing.profile,
        driver: session.verifier.name,
      },
    });
    return { result, written, secrets };
  } finally {
    unwatch();
    await session.close();
  }
}
