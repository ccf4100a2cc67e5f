/**
 * The kit's layer rules (docs/architecture.md). Data flows one way:
 *   config → scenarios (driving client, simulator, verification) → Trace → checks → findings → run → report
 * and everything may use src/core, which uses nothing of the kit. `npm test` runs this through
 * `npm run lint`; a back-edge fails with the rule's name and this comment's reasoning in `comment`.
 */
const layer = (name) => `^src/${name}(/|\\.ts$)`;
const production = { pathNot: ["\\.test\\.ts$", "/testing/"] };

/** `from` may not import any of `to`. */
function forbid(name, from, to, why) {
  return {
    name,
    severity: "error",
    comment: why,
    from: { path: layer(from), ...production },
    to: { path: to.map(layer) },
  };
}

module.exports = {
  forbidden: [
    {
      name: "core-is-neutral",
      severity: "error",
      comment: "src/core is what every layer shares; it may import generated/ and libraries, nothing of the kit.",
      from: { path: "^src/core/" },
      to: { path: "^(src/(?!core/)|reference-mpp/|test/|suites/)" },
    },
    forbid(
      "checks-judge-only-the-trace",
      "checks",
      ["scenarios", "client", "run", "simulator", "verification", "report", "contracts", "config"],
      "A check is a pure function of a Trace: it reads src/core and generated/, never the engine that made the trace or the code that reports it.",
    ),
    forbid(
      "report-renders-only-verdicts",
      "report",
      ["run", "scenarios", "client", "simulator", "verification", "contracts", "config"],
      "Reports render findings and verdicts (src/core types); the run computes them and calls the report, not the other way round.",
    ),
    forbid(
      "simulator-stands-alone",
      "simulator",
      ["client", "report", "run", "scenarios", "verification", "checks", "contracts"],
      "The Alipay+ simulator is an engine part: it records into the Trace through src/core and knows nothing of scenarios, checks or reports.",
    ),
    forbid(
      "client-stands-alone",
      "client",
      ["scenarios", "run", "report", "simulator", "verification", "checks", "contracts"],
      "The signed MPP client is an engine part: it records into the Trace through src/core.",
    ),
    forbid(
      "drivers-stand-alone",
      "verification",
      ["scenarios", "run", "report", "simulator", "client", "checks", "contracts"],
      "Verification drivers are engine parts: they take their interfaces from src/core.",
    ),
    forbid(
      "scenarios-drive-not-judge",
      "scenarios",
      ["run", "report", "checks", "contracts"],
      "Scenarios drive the target and record a Trace; judging and reporting come after them.",
    ),
    forbid(
      "config-comes-first",
      "config",
      ["scenarios", "run", "report", "simulator", "client", "verification", "checks", "contracts"],
      "Configuration is read before anything runs; it depends on nothing downstream.",
    ),
    {
      name: "one-door-to-the-reference-mpp",
      severity: "error",
      comment:
        "The kit judges any MPP; only the embedded-target module (and the fault-matrix runner) may start the reference MPP.",
      from: {
        path: "^src/",
        pathNot: ["^src/run/embeddedTarget\\.ts$", "^src/run/faultMatrix\\.ts$", "\\.test\\.ts$", "/testing/"],
      },
      to: { path: "^reference-mpp/" },
    },
    {
      name: "reference-mpp-is-another-mpp",
      severity: "error",
      comment:
        "The reference MPP stands for a wallet's own server: it may share the kit's neutral core (signatures, times) and generated/, not the kit itself.",
      from: { path: "^reference-mpp/", pathNot: ["\\.test\\.ts$", "/testing/"] },
      to: { path: "^src/(?!core/)" },
    },
    {
      name: "no-cycles",
      severity: "error",
      comment: "A cycle hides which side owns a concept; put the shared part in src/core.",
      from: { path: "^(src|reference-mpp)/" },
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: "^(node_modules|reports|generated/validators\\.js)" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: {
      exportsFields: ["exports"],
      conditionNames: ["import", "require", "node", "default"],
      extensions: [".ts", ".js", ".json"],
    },
  },
};
