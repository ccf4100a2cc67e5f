import { fastTiming } from "../timing";
import { CliError, parseCli } from "./cliOptions";

const noFile = () => {
  throw new Error("no such file");
};

it("takes flags over environment over the config file over defaults", () => {
  const file = JSON.stringify({
    port: 9000,
    clientId: "FROM_FILE",
    alipayBaseUrl: "http://file.test",
    faults: ["lowercase-status"],
  });
  const command = parseCli(
    ["--port", "7000", "--fault", "slow-pay"],
    { REFERENCE_MPP_PORT: "8000", REFERENCE_MPP_CLIENT_ID: "FROM_ENV" },
    () => file,
  );
  expect(command).toMatchObject({
    kind: "run",
    settings: { port: 7000, clientId: "FROM_ENV", alipayBaseUrl: "http://127.0.0.1:8787" },
  });
  const withFile = parseCli(["--config", "c.json"], {}, () => file);
  expect(withFile).toMatchObject({
    kind: "run",
    settings: { port: 9000, clientId: "FROM_FILE", alipayBaseUrl: "http://file.test", faults: ["lowercase-status"] },
  });
});

it("builds timings from the profile and single overrides", () => {
  const command = parseCli(
    ["--timing", "fast", "--retry-backoff-ms", "10,20", "--max-callback-attempts", "4"],
    {},
    noFile,
  );
  expect(command).toMatchObject({
    kind: "run",
    settings: {
      timing: { callbackTimeoutMs: fastTiming.callbackTimeoutMs, retryBackoffMs: [10, 20], maxCallbackAttempts: 4 },
    },
  });
});

it("lists every problem at once", () => {
  let message = "";
  try {
    parseCli(["--port=-1", "--fault", "nope", "--alipay-public-key", "a.pem", "--timing", "slow"], {}, noFile);
  } catch (error) {
    expect(error).toBeInstanceOf(CliError);
    message = (error as Error).message;
  }
  expect(message).toMatch(/4 problem/);
  expect(message).toMatch(/--port/);
  expect(message).toMatch(/unknown fault "nope"/);
  expect(message).toMatch(/both --alipay-public-key and --mpp-private-key/);
  expect(message).toMatch(/--timing must be fast or default/);
});

it("takes the verification page's style, and names the styles when it is unknown", () => {
  expect(parseCli(["--page-style", "pin-then-code"], {}, noFile)).toMatchObject({
    kind: "run",
    settings: { pageStyle: "pin-then-code" },
  });
  expect(parseCli([], { REFERENCE_MPP_PAGE_STYLE: "send-code-first" }, noFile)).toMatchObject({
    kind: "run",
    settings: { pageStyle: "send-code-first" },
  });
  expect(parseCli([], {}, noFile)).toMatchObject({ kind: "run", settings: { pageStyle: "current" } });
  expect(() => parseCli(["--page-style", "fancy"], {}, noFile)).toThrow(
    /--page-style must be one of current, send-code-first, pin-then-code, resend-own-form/,
  );
});
