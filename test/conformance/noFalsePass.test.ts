/**
 * "A rule passes only on positive evidence of the behaviour it names." Every scenario and every
 * check run, through the real runner, against a real 127.0.0.1 server that never answers an API
 * call sanely: all HTTP 500 with a non-JSON body, all HTML, or no answer at all. Nothing such a
 * target says (or does not say) is evidence that it behaves, so no rule may pass — except the
 * timing rules, which judge only how fast an answer came.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { features } from "../../generated/rules";
import { allChecks } from "../../src/checks";
import { openSession } from "../../src/run/openSession";
import { runConformance } from "../../src/run/runConformance";
import { allScenarios } from "../../src/scenarios";
import { type Behaviour, listen } from "./testing/hostileServer";

const behaviours: Record<string, Behaviour> = {
  "answers every call with HTTP 500 and a non-JSON body": (res) =>
    res.writeHead(500, { "content-type": "text/plain" }).end("Internal Server Error"),
  "answers every call with an HTML page": (res) =>
    res.writeHead(200, { "content-type": "text/html" }).end("<html><body><h1>Maintenance</h1></body></html>"),
  "answers every call with an empty JSON object": (res) =>
    res.writeHead(200, { "content-type": "application/json" }).end("{}"),
  "never answers": () => undefined,
};

/** Timing rules judge only the clock: a quick 500 is answered within 8 s. */
const timingRule = (rule: string) => rule.startsWith("timing.");

/** Every optional feature declared, so feature rules are judged, not skipped for that reason. */
function quickConfig(): string {
  const dir = mkdtempSync(join(tmpdir(), "easypay-no-false-pass-"));
  const file = join(dir, "config.json");
  writeFileSync(
    file,
    JSON.stringify({
      verification: { driver: "form", timeoutMs: 2000 },
      features: [...features],
      timing: {
        profile: "fast",
        payTimeoutMs: 800,
        inquiryTimeoutMs: 800,
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
  "a target that %s passes no rule but timing",
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
        const result = await runConformance({
          config: session.config,
          simulator: session.simulator,
          verifier: session.verifier,
          scenarios: allScenarios,
          checks: allChecks,
        });
        const judgedRules = new Set(result.findings.map((f) => f.rule));
        expect(judgedRules.size).toBeGreaterThan(40);
        const falsePasses = result.findings
          .filter((f) => f.verdict === "pass" && !timingRule(f.rule))
          .map((f) => `${f.rule} (${f.scenario}): ${f.title}`);
        expect(falsePasses).toEqual([]);
      } finally {
        await session.close();
      }
    } finally {
      server.closeAllConnections();
      server.close();
    }
  },
  120_000,
);

/**
 * A target that answers everything with a well-formed "unknown" (U UNKNOWN_EXCEPTION, no
 * payment ever created) keeps only the rules about the form of its answers and about not
 * answering S: nothing about payments, callbacks, idempotency or verification passes.
 */
const aboutTheAnswersForm = (rule: string) =>
  /^(timing|values|schema)\./.test(rule) ||
  ["http.business-errors-200", "order.never-success", "input.schema-invalid"].includes(rule);

test.concurrent("a target that answers every call U UNKNOWN_EXCEPTION passes only rules about its answers' form", async () => {
  const unknown = JSON.stringify({
    result: { resultStatus: "U", resultCode: "UNKNOWN_EXCEPTION", resultMessage: "unknown" },
  });
  const { server, url } = await listen((res) =>
    res.writeHead(200, { "content-type": "application/json" }).end(unknown),
  );
  try {
    const session = await openSession({
      embedded: false,
      sampleIdentity: true,
      configFile: quickConfig(),
      flags: { baseUrl: url },
      env: {},
    });
    try {
      const result = await runConformance({
        config: session.config,
        simulator: session.simulator,
        verifier: session.verifier,
        scenarios: allScenarios,
        checks: allChecks,
      });
      const passed = [...new Set(result.findings.filter((f) => f.verdict === "pass").map((f) => f.rule))];
      expect(passed.filter((rule) => !aboutTheAnswersForm(rule))).toEqual([]);
    } finally {
      await session.close();
    }
  } finally {
    server.closeAllConnections();
    server.close();
  }
}, 120_000);
