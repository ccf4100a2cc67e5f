import { parseCliArgs, UsageError, usage } from "./cliArgs";

test("defaults to run against the embedded MPP", () => {
  expect(parseCliArgs([])).toEqual({
    command: "run",
    faults: [],
    scenarios: [],
    target: undefined,
    configFile: undefined,
    profile: undefined,
    driver: undefined,
    reportsDir: undefined,
    failOn: "must",
    allowIncomplete: false,
    waiversFile: undefined,
  });
});

test("reads target, config, profile, driver, repeated faults and scenarios", () => {
  const args = parseCliArgs([
    "run",
    "--target",
    "http://127.0.0.1:9",
    "--config",
    "c.json",
    "--profile",
    "seed",
    "--driver",
    "form",
    "--fault",
    "a",
    "--fault",
    "b",
    "--scenario",
    "happy-path",
  ]);
  expect(args).toMatchObject({
    target: "http://127.0.0.1:9",
    configFile: "c.json",
    profile: "seed",
    driver: "form",
    faults: ["a", "b"],
    scenarios: ["happy-path"],
  });
});

test("lists every problem of a bad command line at once", () => {
  expect(() => parseCliArgs(["--target", "localhost:9", "--profile", "slow", "--scenario", "nope"])).toThrow(
    /--target: must be an absolute http\(s\) URL[\s\S]*--profile: must be seed or fast[\s\S]*--scenario: unknown scenario 'nope'/,
  );
});

test("refuses unknown options with the usage text", () => {
  expect(() => parseCliArgs(["--targt", "x"])).toThrow(UsageError);
});

test("reads --fail-on, --waivers and --allow-incomplete, and refuses an unknown gate", () => {
  expect(parseCliArgs(["--fail-on", "should", "--waivers", "w.yaml", "--allow-incomplete"])).toMatchObject({
    failOn: "should",
    waiversFile: "w.yaml",
    allowIncomplete: true,
  });
  expect(() => parseCliArgs(["--fail-on", "may"])).toThrow(/--fail-on: must be must, should or none, got 'may'/);
});

test("--help lists the exit codes", () => {
  expect(parseCliArgs(["--help"]).command).toBe("help");
  for (const code of ["0  every MUST rule", "1  a rule failed", "2  usage or configuration error", "3  incomplete"])
    expect(usage).toContain(code);
});
