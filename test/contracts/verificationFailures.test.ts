/** The verifier's JSON result in the kit's words: interaction, field, expected, received. */
import { describeFailure, failuresOf } from "../../src/contracts/verificationFailures";

const result = (mismatches: unknown[]) =>
  JSON.stringify({
    errors: [
      {
        interaction: "Verifying a pact between AlipayPlus and EasyPayMPP Given a payable account - an order creation",
        mismatch: { type: "mismatches", mismatches },
      },
    ],
  });

it("names the interaction and state, the field, and both values", () => {
  const [failure] = failuresOf(
    result([
      {
        type: "BodyMismatch",
        path: "$.result.resultStatus",
        expected: '"U"',
        actual: '"S"',
        mismatch: "Expected 'S' (String) to be equal to 'U' (String)",
      },
    ]),
  );
  expect(failure).toMatchObject({
    interaction: "an order creation (given a payable account)",
    field: "$.result.resultStatus",
  });
  expect(describeFailure(failure!)).toMatch(/field: {4}\$\.result\.resultStatus\n {4}expected: "U"\n {4}received: "S"/);
});

it("names each missing key as its own field", () => {
  const failures = failuresOf(
    result([
      {
        type: "BodyMismatch",
        path: "$",
        expected: ["paymentId", "paymentUrl"],
        actual: ["result"],
        mismatch: "Actual map is missing the following keys: paymentId, paymentUrl",
      },
    ]),
  );
  expect(failures.map((f) => [f.field, f.received])).toEqual([
    ["$.paymentId", "(missing)"],
    ["$.paymentUrl", "(missing)"],
  ]);
});

it("names status and header mismatches, and never shows a signature value", () => {
  const failures = failuresOf(
    result([
      { type: "StatusMismatch", expected: 200, actual: 400, mismatch: "expected 200 but was 400" },
      {
        type: "HeaderMismatch",
        key: "Signature",
        expected: "algorithm=RSA256, keyVersion=1, signature=c2VjcmV0LXNpZ25hdHVyZQ%3D%3D",
        actual: "",
        mismatch: "Expected a header 'Signature' but was missing",
      },
    ]),
  );
  expect(failures.map((f) => f.field)).toEqual(["HTTP status", "header Signature"]);
  expect(failures[1]!.expected).toBe("algorithm=RSA256, keyVersion=1, signature=<28 chars>");
  expect(JSON.stringify(failures)).not.toMatch(/c2VjcmV0/);
});

it("reads nothing from output that is not the verifier's JSON", () => {
  expect(failuresOf("Verification was unable to run")).toEqual([]);
});
