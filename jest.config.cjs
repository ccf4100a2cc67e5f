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

module.exports = {
  testEnvironment: "node",
  transform: { "^.+\\.(t|j|mj)sx?$": swc },
  // pact keeps its own ESM-only https-proxy-agent/agent-base under its node_modules: compile those too.
  transformIgnorePatterns: [
    `^(?!.*/node_modules/@pact-foundation/pact/node_modules/(https-proxy-agent|agent-base|proxy-agent-negotiate)/).*/node_modules/(?!(${esmOnly.join("|")})/)`,
  ],
  roots: againstTarget ? ["<rootDir>/suites"] : ["<rootDir>/test", "<rootDir>/src", "<rootDir>/reference-mpp"],
  testMatch: ["**/*.test.ts"],
  // Most suites wait on servers, browsers and timers rather than compute: four workers keep the
  // machine's two cores busy (three left a third of them idle). Jest runs the slowest files first
  // (its timing cache), so the two halves of the fault matrix start at once.
  maxWorkers: againstTarget ? 1 : 4,
  testTimeout: 60000,
  // Against a target, the run happens once before the suites (which only read its verdicts).
  ...(againstTarget ? { globalSetup: "<rootDir>/suites/globalSetup.ts", testTimeout: 10000 } : {}),
};
