import { readFileSync } from "node:fs";
import { join } from "node:path";
import { formatSignatureHeader, parseSignatureHeader, sign, verify } from "./signature";

const fixtures = join(__dirname, "../../test/fixtures/signature");
const privateKey = readFileSync(join(fixtures, "test-private.pem"), "utf8");
const publicKey = readFileSync(join(fixtures, "test-public.pem"), "utf8");
/** Made by make-vectors.sh with the openssl command line, not with this code. */
const vectors = JSON.parse(readFileSync(join(fixtures, "vectors.json"), "utf8")) as Array<{
  name: string;
  uri: string;
  clientId: string;
  time: string;
  body: string;
  signature: string;
}>;

describe("Alipay+ RSA256 signing", () => {
  test.each(vectors)("signs $name exactly as openssl does", (v) => {
    expect(sign({ method: "POST", uri: v.uri, clientId: v.clientId, time: v.time, body: v.body }, privateKey)).toBe(
      v.signature,
    );
  });

  test.each(vectors)("verifies the openssl signature of $name", (v) => {
    expect(
      verify({ method: "POST", uri: v.uri, clientId: v.clientId, time: v.time, body: v.body }, v.signature, publicKey),
    ).toBe(true);
  });

  test.each([
    ["a changed body", { body: '{"acquirerId":"x"}' }],
    ["another URI", { uri: "/aps/api/v1/payments/inquiryPayment" }],
    ["another Client-Id", { clientId: "SANDBOX_OTHER" }],
    ["another time", { time: "2019-04-04T12:08:57+05:30" }],
  ])("rejects the signature over %s", (_what, change) => {
    const v = vectors[0]!;
    expect(
      verify(
        { method: "POST", uri: v.uri, clientId: v.clientId, time: v.time, body: v.body, ...change },
        v.signature,
        publicKey,
      ),
    ).toBe(false);
  });

  test.each([
    ["empty", ""],
    ["not base64", "%%%"],
    ["truncated", "DuylEdKF"],
  ])("treats a %s signature as invalid without throwing", (_what, value) => {
    const v = vectors[0]!;
    expect(
      verify({ method: "POST", uri: v.uri, clientId: v.clientId, time: v.time, body: v.body }, value, publicKey),
    ).toBe(false);
  });
});

describe("Signature header", () => {
  test.each([
    ["with spaces", "algorithm=RSA256, keyVersion=1, signature=abc%2Bd%3D"],
    ["without spaces", "algorithm=RSA256,keyVersion=1,signature=abc%2Bd%3D"],
  ])("parses the header %s", (_what, header) => {
    expect(parseSignatureHeader(header)).toEqual({ algorithm: "RSA256", keyVersion: "1", signature: "abc%2Bd%3D" });
  });

  test("keeps '=' padding that was not URL-encoded", () => {
    expect(parseSignatureHeader("algorithm=RSA256,keyVersion=2,signature=ab+c==")?.signature).toBe("ab+c==");
  });

  test.each([undefined, "", "algorithm=RSA256, keyVersion=1", "signature=abc"])(
    "rejects the unusable header %p",
    (header) => {
      expect(parseSignatureHeader(header)).toBeUndefined();
    },
  );

  test("formats what it parses", () => {
    expect(parseSignatureHeader(formatSignatureHeader("xyz", "3"))).toEqual({
      algorithm: "RSA256",
      keyVersion: "3",
      signature: "xyz",
    });
  });
});
