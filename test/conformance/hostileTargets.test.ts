/**
 * A run against a target that misbehaves at the transport level ends, within its bounds, with
 * failing verdicts that say what happened — never a hang, a crash or a pass.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openSession } from "../../src/run/openSession";
import { runFailed } from "../../src/run/ruleVerdicts";
import { runConformance } from "../../src/run/runConformance";
import { allScenarios } from "../../src/scenarios";
import { type Behaviour, listen } from "./testing/hostileServer";

const behaviours: Record<string, Behaviour> = {
  hangs: () => undefined,
  "answers HTML": (res) =>
    res.writeHead(200, { "content-type": "text/html" }).end("<html><body>Service Unavailable</body></html>"),
  "answers garbage": (res) =>
    res.writeHead(200, { "content-type": "application/json" }).end(Buffer.from([0xff, 0xfe, 0x00, 0x7b, 0x22])),
  "answers a 5 MiB body": (res) =>
    res.writeHead(200, { "content-type": "application/json" }).end(Buffer.alloc(5 * 1024 * 1024, 0x20)),
  "redirects elsewhere": (res) => res.writeHead(302, { location: "http://127.0.0.1:1/elsewhere" }).end(),
  "drops the connection": (res) => res.socket?.destroy(),
};

/** Short Alipay+ timeouts and waits: the point is that every wait is bounded, not how long. */
function quickConfig(): string {
  const dir = mkdtempSync(join(tmpdir(), "easypay-hostile-"));
  const file = join(dir, "config.json");
  writeFileSync(
    file,
    JSON.stringify({
      verification: { driver: "form", timeoutMs: 2000 },
      timing: {
        profile: "fast",
        payTimeoutMs: 1000,
        inquiryTimeoutMs: 1000,
        inquiryMaxAttempts: 3,
        callbackWaitMs: 300,
        mppCallbackTimeoutMs: 200,
        noAnswerMs: 300,
      },
    }),
  );
  return file;
}

test.concurrent.each(Object.keys(behaviours))(
  "a target that %s gets failing verdicts within bounded time",
  async (name) => {
    const { server, url } = await listen(behaviours[name]!);
    try {
      const session = await openSession({
        embedded: false,
        sampleIdentity: true,
        configFile: quickConfig(),
        flags: { baseUrl: url },
        env: {},
      });
      try {
        const scenarios = allScenarios.filter((s) => ["happy-path", "invalid-input", "signatures"].includes(s.name));
        const result = await runConformance({
          config: session.config,
          simulator: session.simulator,
          verifier: session.verifier,
          scenarios,
        });
        expect(runFailed(result.verdicts)).toBe(true);
        // Nothing the target never said can pass: rules about its answers fail or are skipped.
        for (const rule of [
          "order.in-process-fields",
          "schema.pay-response",
          "sig.response-signed",
          "input.malformed-json",
        ] as const) {
          expect(result.verdicts.find((v) => v.rule === rule)?.verdict).not.toBe("pass");
        }
        const errors = result.traces
          .flatMap((t) => t.exchanges)
          .filter((x) => x.direction === "to-mpp")
          .map((x) => x.error?.kind ?? `HTTP ${x.response?.status}`);
        expect(errors.length).toBeGreaterThan(0);
      } finally {
        await session.close();
      }
    } finally {
      server.closeAllConnections();
      server.close();
    }
    // The bound is the test's timeout: every wait in the run is bounded, so it ends well before.
  },
  60_000,
);
