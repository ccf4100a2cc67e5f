/**
 * Result objects (docs/alipayplus/messages-and-signatures.md): the code decides the status, by the
 * spec's result-code tables (generated/resultCodes.ts), so the two can never disagree by accident;
 * a fault that wants them to disagree does it explicitly at the wire edge.
 */
import { isResultCode, type ResultCode, statusOfResultCode } from "../generated/resultCodes";
import type { Result } from "../generated/types";

export { isResultCode, type ResultCode };

/** The reference MPP's own words for the codes it answers; any other code gets its name. */
const messages: Partial<Record<ResultCode, string>> = {
  SUCCESS: "Success",
  PAYMENT_IN_PROCESS: "Payment in process",
  UNKNOWN_EXCEPTION: "The account check could not complete; try again later",
  PARAM_ILLEGAL: "Illegal parameters",
  INVALID_SIGNATURE: "The signature is invalid",
  INVALID_CLIENT: "The Client-Id is not known",
  ORDER_NOT_EXIST: "The order does not exist",
  ORDER_IS_CLOSED: "The order is closed",
  REPEAT_REQ_INCONSISTENT: "Repeated requests are inconsistent",
  USER_NOT_EXIST: "The user does not exist",
  USER_STATUS_ABNORMAL: "The user's account is frozen",
  USER_BALANCE_NOT_ENOUGH: "The user's balance is not enough",
  USER_KYC_NOT_QUALIFIED: "The user's KYC is not qualified",
  USER_PAYMENT_VERIFICATION_FAILED: "The user failed the payment verification",
  PROCESS_FAIL: "Process failed",
};

export type WireResult = Required<Result>;

export function result(code: ResultCode, message?: string): WireResult {
  return { resultCode: code, resultStatus: statusOfResultCode[code], resultMessage: message ?? messages[code] ?? code };
}
