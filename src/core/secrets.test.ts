import { redactJson, redactText, redactTrace } from "./secrets";

test.each([
  ["an access token", '{"accessToken":"2816660352710421693892531000ZCl8FEuhWe4Tcu000369"}', "2816660352"],
  ["a refresh token", '{"refreshToken":"28166603eC8gWOrn6DEuh6UCjNUqwzXG70ZqiCJqf7001369"}', "eC8gWOrn6D"],
  [
    "a securityCode inside passThroughInfo",
    '{"passThroughInfo":"{\\"securityCode\\":\\"987654321012\\",\\"renderGroup\\":\\"h5\\"}"}',
    "987654321012",
  ],
  ["an SMS code", '{"smsCode":"482913"}', "482913"],
])("masks %s in raw text", (_what, text, secret) => {
  const redacted = redactText(text);
  expect(redacted).not.toContain(secret);
  expect(redacted).toMatch(/…\(\d+ chars\)|\*\*\*\*/);
});

test("masks secrets in parsed bodies and leaves the rest alone", () => {
  expect(
    redactJson({ accessToken: "abcdefgh123", customerId: "2160220000000001", nested: [{ pin: "123456" }] }),
  ).toEqual({
    accessToken: "abcd…(11 chars)",
    customerId: "2160220000000001",
    nested: [{ pin: "1234…(6 chars)" }],
  });
});

test("removes private keys", () => {
  expect(redactText("key: -----BEGIN PRIVATE KEY-----\nMIIE\n-----END PRIVATE KEY-----")).toBe(
    "key: <private key redacted>",
  );
});

test("masks secrets quoted in a trace's notes and driver errors", () => {
  const leaky = '{"accessToken":"2816660352710421693892531000ZCl8"}';
  const redacted = redactTrace({
    scenario: "one-click",
    target: { baseUrl: "http://127.0.0.1:1" },
    features: [],
    startedAt: 0,
    exchanges: [],
    verifications: [
      {
        step: "verification",
        paymentRequestId: "1",
        driver: "form",
        paymentUrl: "u",
        intended: "success",
        pageServed: true,
        expectedRedirectBase: "r",
        screenshots: [],
        durationMs: 1,
        error: `page said ${leaky}`,
        deadEnd: `stuck on ${leaky}`,
        pageUnjudged: `could not read ${leaky}`,
      },
    ],
    notes: [`callback body ${leaky}`],
  });
  expect(JSON.stringify(redacted)).not.toContain("2816660352710421693892531000ZCl8");
});
