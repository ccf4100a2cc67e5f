// Every operation carries its result-code table, codes are unique, and generated/resultCodes.ts
// answers the status a code implies.
import { join } from "node:path";
import { resultCodes, statusOfCode } from "../../generated/resultCodes";
import { operations } from "../../generated/validate";
import { bundleSpec } from "../../scripts/codegen/bundleSpec";
import { operationsOf } from "../../scripts/codegen/operations";
import { checkResultCodes } from "../../scripts/codegen/resultCodes";

const specOperations = ["mpp.yaml", "alipayplus.yaml"].flatMap((file) =>
  operationsOf(bundleSpec(join(__dirname, "../../spec", file))),
);

it("the spec defines exactly the four operations", () => {
  expect(specOperations.map((op) => op.operation).sort()).toEqual([...operations].sort());
});

it.each(specOperations.map((op) => [op.operation, op]))("%s has a table of unique, well-formed codes", (_name, op) => {
  expect(op.resultCodes.length).toBeGreaterThan(0);
  expect(new Set(op.resultCodes.map((r) => r.code)).size).toBe(op.resultCodes.length);
  expect(() => checkResultCodes([op])).not.toThrow();
  expect(resultCodes[op.operation]).toEqual(op.resultCodes);
});

it("the table check rejects a duplicate code", () => {
  const op = {
    ...specOperations[0]!,
    resultCodes: [...specOperations[0]!.resultCodes, specOperations[0]!.resultCodes[0]!],
  };
  expect(() => checkResultCodes([op])).toThrow(/listed twice/);
});

it.each([
  ["pay", "SUCCESS", "S"],
  ["pay", "PAYMENT_IN_PROCESS", "U"],
  ["pay", "REPEAT_REQ_INCONSISTENT", "F"],
  ["pay", "ORDER_IS_CLOSED", "F"],
  ["pay", "UNKNOWN_EXCEPTION", "U"],
  ["pay", "INVALID_SIGNATURE", "F"],
  ["inquiryPayment", "ORDER_NOT_EXIST", "F"],
  ["inquiryPayment", "PAYMENT_IN_PROCESS", "U"],
  ["notifyPayment", "SUCCESS", "S"],
  ["notifyPayment", "REQUEST_TRAFFIC_EXCEED_LIMIT", "U"],
  ["authNotify", "ACCESS_DENIED", "F"],
  ["authNotify", "UNKNOWN_EXCEPTION", "U"],
] as const)("statusOfCode(%s, %s) is %s", (op, code, status) => {
  expect(statusOfCode(op, code)).toBe(status);
});

it("statusOfCode is undefined for a code outside the table", () => {
  expect(statusOfCode("pay", "NOT_A_CODE")).toBeUndefined();
  expect(statusOfCode("authNotify", "PAYMENT_IN_PROCESS")).toBeUndefined();
});
