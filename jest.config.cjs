// Jest runs the kit's own tests (test/) and, when MPP_BASE_URL names a target, only the
// conformance suites (suites/) against that target.
const swc = [
  "@swc/jest",
  { jsc: { parser: { syntax: "typescript" }, target: "es2022" }, module: { type: "commonjs" } },
];
// Jest on Node < 24.9 cannot require() ESM: compile these ESM-only dependencies to CommonJS.
const esmOnly = [
  "rettime",
  "until-async",
  "@open-draft/deferred-promise",
  "@apidevtools/json-schema-ref-parser",
  // @pact-foundation/pact 16.5.0 depends on ESM-only https-proxy-agent 9.
  "https-proxy-agent",
  "agent-base",
  "proxy-agent-negotiate",
];
process.env.PACT_DO_NOT_TRACK = "true";
const againstTarget = Boolean(process.env.MPP_BASE_URL);
const os = require("node:os");

/**
 * Two workers per core, less one per unit of load already on the machine beyond the one npm
 * test's own prechecks leave in the 1-minute average; between 2 and 3.
 */
function workersForLoad() {
  const cores = os.availableParallelism();
  return Math.max(2, Math.min(3, Math.round(2 * cores + 1 - os.loadavg()[0])));
}

module.exports = {
  testEnvironment: "node",
  transform: { "^.+\\.(t|j|mj)sx?$": swc },
  // pact keeps its own ESM-only https-proxy-agent/agent-base under its node_modules: compile those too.
  transformIgnorePatterns: [
    `^(?!.*/node_modules/@pact-foundation/pact/node_modules/(https-proxy-agent|agent-base|proxy-agent-negotiate)/).*/node_modules/(?!(${esmOnly.join("|")})/)`,
  ],
  roots: againstTarget ? ["<rootDir>/suites"] : ["<rootDir>/test", "<rootDir>/src", "<rootDir>/reference-mpp"],
  testMatch: ["**/*.test.ts"],
  // Most suites wait on servers, browsers and timers rather than compute: on an idle 2-core machine
  // three workers keep both cores busy (four were 10-20 s faster but failed one run in five on
  // timing). On a machine already busy (a second test run, a build) two: the kit's own timing rules
  // (5 s inquiry, 30 s verification) would otherwise judge the starved machine, not the MPP.
  maxWorkers: againstTarget ? 1 : workersForLoad(),
  testTimeout: 60000,
  // Against a target, the run happens once before the suites (which only read its verdicts).
  ...(againstTarget ? { globalSetup: "<rootDir>/suites/globalSetup.ts", testTimeout: 10000 } : {}),
};
