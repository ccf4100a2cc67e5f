/** The verification config a user writes for each page shape (README) loads, and a bad one is refused with its path. */
import { generateKeyPairSync } from "node:crypto";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { ConfigError } from "../config/ConfigError";
import { loadConfig } from "../config/loadConfig";

const dir = mkdtempSync(join(tmpdir(), "kit-verification-config-"));
const { publicKey, privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
writeFileSync(join(dir, "mpp-public.pem"), publicKey.export({ type: "spki", format: "pem" }));
writeFileSync(join(dir, "kit-private.pem"), privateKey.export({ type: "pkcs8", format: "pem" }));

const withVerification = (verification: unknown) => {
  const file = join(dir, `c${Math.random()}.json`);
  writeFileSync(
    file,
    JSON.stringify({
      target: { baseUrl: "https://mpp.example", clientId: "SANDBOX_1", acquirerId: "acq", pspId: "psp" },
      keys: { mppPublicKey: "./mpp-public.pem", kitPrivateKey: "./kit-private.pem" },
      accounts: { payable: { userLoginId: "628", userLoginIdType: "MOBILE_PHONE", pin: "1234" } },
      verification,
    }),
  );
  return () => loadConfig({ file, env: {} });
};

test("every page-shape property of the README loads as written", () => {
  const verification = {
    driver: "browser",
    pinField: "passcode",
    smsCodeField: "otp",
    controls: { submit: "^Authorise$", sendCode: "Text me", resend: "No SMS" },
    sendCodeSteps: [{ action: "click", selector: "#send" }],
    steps: [
      { action: "fill", selector: "#pin", value: "{pin}", optional: true },
      { action: "click", selector: "form button" },
    ],
    resendSteps: [{ action: "click", selector: "a.resend", matchUrl: "/verify/" }],
  };
  expect(withVerification(verification)().verification).toMatchObject(verification);
});

test("a control pattern or step matchUrl that is no regular expression is refused, with its path", () => {
  let problems: string[] = [];
  try {
    withVerification({
      controls: { resend: "(" },
      sendCodeSteps: [{ action: "click", matchUrl: "[" }],
      resendSteps: [{ action: "tap" }],
    })();
  } catch (e) {
    problems = (e as ConfigError).problems.map((p) => p.path);
  }
  expect(problems.sort()).toEqual([
    "verification.controls.resend",
    "verification.resendSteps.0.action",
    "verification.sendCodeSteps.0.matchUrl",
  ]);
});
