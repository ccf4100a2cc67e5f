/**
 * The committed contract verified against the embedded reference MPP: green on the clean MPP,
 * red on faults that break a contracted field or status, each failure naming its field. Real
 * servers, real signatures, states reached through the MPP's public API (form driver).
 */
import { generateKeyPairSync } from "node:crypto";
import { join } from "node:path";
import type { FaultId } from "../../reference-mpp";
import { contractsDir } from "../../src/contracts/names";
import { type ContractVerdict, verifyContracts } from "../../src/contracts/verifyContracts";
import { openSession, type Session } from "../../src/run/openSession";

const pactFile = join(contractsDir, "AlipayPlus-EasyPayMPP.json");

async function verifyAgainst(faults: FaultId[], adjust: (s: Session) => Session = (s) => s): Promise<ContractVerdict> {
  const session = await openSession({ embedded: true, faults, flags: { driver: "form" } });
  try {
    return await verifyContracts({ session: adjust(session), provider: "EasyPayMPP", pactFiles: [pactFile] });
  } finally {
    await session.close();
  }
}

it("verifies every interaction against the clean reference MPP", async () => {
  const verdict = await verifyAgainst([]);
  expect({ failures: verdict.failures, error: verdict.error }).toEqual({ failures: [], error: undefined });
  expect(verdict.passed).toBe(true);
});

const faults: Array<[FaultId, string, string]> = [
  ["evaluation-generic-rejection", "an evaluation of an account rejected with USER_NOT_EXIST", "$.result.resultCode"],
  ["evaluation-unknown-for-payable", "an evaluation of a payable account", "$.result.resultStatus"],
  ["order-answers-success", "an order creation", "$.result.resultStatus"],
  ["order-without-payment-url", "an order creation", "$.paymentUrl"],
  ["idempotency-new-payment", "a repeated order creation", "$.paymentId"],
  ["inquiry-unknown-as-process-fail", "an inquiry for an unknown paymentRequestId", "$.result.resultCode"],
  ["inquiry-in-process-as-unknown-result", "an inquiry for an order in process", "$.result.resultStatus"],
  ["inquiry-wrong-amount", "an inquiry for a succeeded payment", "$.paymentAmount.value"],
  ["bad-signature-accepted", "an order creation with a signature that does not verify", "$.result.resultCode"],
  ["errors-as-http-400", "an evaluation of an account rejected with USER_NOT_EXIST", "HTTP status"],
  ["response-unsigned", "an evaluation of a payable account", "header Signature"],
];

it.each(faults)("fails against fault %s: %s, field %s", async (fault, interaction, field) => {
  const verdict = await verifyAgainst([fault]);
  expect(verdict.passed).toBe(false);
  expect(verdict.failures).toContainEqual(
    expect.objectContaining({ interaction: expect.stringMatching(new RegExp(`^${interaction} \\(given `)), field }),
  );
});

it("fails an interaction whose answer's signature does not verify with the MPP's key", async () => {
  const otherKey = generateKeyPairSync("rsa", { modulusLength: 2048 })
    .publicKey.export({ type: "spki", format: "pem" })
    .toString();
  const verdict = await verifyAgainst([], (s) => ({
    ...s,
    config: { ...s.config, target: { ...s.config.target, mppPublicKeyPem: otherKey } },
  }));
  expect(verdict.passed).toBe(false);
  expect(verdict.failures).toContainEqual(
    expect.objectContaining({
      interaction: expect.stringMatching(/^an evaluation of a payable account/),
      field: "header Signature",
      received: expect.stringMatching(/^INVALID \(signature does not verify/),
    }),
  );
});
