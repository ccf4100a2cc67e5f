/**
 * Result objects (facts §4): the code decides the status, so the two can never disagree by
 * accident; a fault that wants them to disagree does it explicitly at the wire edge.
 */
import type { Result } from "../generated/types";

const table = {
  SUCCESS: ["S", "Success"],
  PAYMENT_IN_PROCESS: ["U", "Payment in process"],
  UNKNOWN_EXCEPTION: ["U", "The account check could not complete; try again later"],
  PARAM_ILLEGAL: ["F", "Illegal parameters"],
  INVALID_SIGNATURE: ["F", "The signature is invalid"],
  INVALID_CLIENT: ["F", "The Client-Id is not known"],
  ORDER_NOT_EXIST: ["F", "The order does not exist"],
  ORDER_IS_CLOSED: ["F", "The order is closed"],
  REPEAT_REQ_INCONSISTENT: ["F", "Repeated requests are inconsistent"],
  USER_NOT_EXIST: ["F", "The user does not exist"],
  USER_STATUS_ABNORMAL: ["F", "The user's account is frozen"],
  USER_BALANCE_NOT_ENOUGH: ["F", "The user's balance is not enough"],
  USER_KYC_NOT_QUALIFIED: ["F", "The user's KYC is not qualified"],
  USER_PAYMENT_VERIFICATION_FAILED: ["F", "The user failed the payment verification"],
  PROCESS_FAIL: ["F", "Process failed"],
} as const;

export type ResultCode = keyof typeof table;
export type WireResult = Required<Result>;

export function result(code: ResultCode, message?: string): WireResult {
  const [status, standard] = table[code];
  return { resultCode: code, resultStatus: status, resultMessage: message ?? standard };
}

export function isResultCode(value: string): value is ResultCode {
  return value in table;
}
