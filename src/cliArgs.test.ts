import { parseCliArgs, UsageError } from "./cliArgs";

test("defaults to run against the embedded MPP", () => {
  expect(parseCliArgs([])).toEqual({ command: "run", faults: [], scenarios: [], target: undefined, configFile: undefined, profile: undefined, driver: undefined, reportsDir: undefined });
});

test("reads target, config, profile, driver, repeated faults and scenarios", () => {
  const args = parseCliArgs(["run", "--target", "http://127.0.0.1:9", "--config", "c.json", "--profile", "seed", "--driver", "form", "--fault", "a", "--fault", "b", "--scenario", "happy-path"]);
  expect(args).toMatchObject({ target: "http://127.0.0.1:9", configFile: "c.json", profile: "seed", driver: "form", faults: ["a", "b"], scenarios: ["happy-path"] });
});

test("lists every problem of a bad command line at once", () => {
  expect(() => parseCliArgs(["--target", "localhost:9", "--profile", "slow", "--scenario", "nope"])).toThrow(
    /--target: must be an absolute http\(s\) URL[\s\S]*--profile: must be seed or fast[\s\S]*--scenario: unknown scenario 'nope'/,
  );
});

test("refuses unknown options with the usage text", () => {
  expect(() => parseCliArgs(["--targt", "x"])).toThrow(UsageError);
});
