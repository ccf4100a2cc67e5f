/**
 * pay, phase 1 (seed step 1 (docs/alipayplus/easy-pay-flow.md#step-1-evaluation)): can this account pay? Answers S, F with the specific code, or U
 * when the check cannot tell. Creates nothing and reserves nothing: the next call with the
 * same paymentRequestId is a fresh one.
 */

import type { PayRequest } from "../../generated/types";
import { isoDateTime } from "../../src/core/isoTime";
import { findAccount, type ReferenceAccount } from "../accounts";
import type { MppContext } from "../context";
import { notifyUrlOf } from "../payments/paymentLifecycle";
import { type ResultCode, result, type WireResult } from "../results";
import { newPaymentId } from "./identifiers";

type Body = Record<string, unknown>;

export function evaluate(ctx: MppContext, request: PayRequest): Body {
  const method = request.paymentMethod;
  const account = findAccount(
    { paymentMethodId: method.paymentMethodId, userLoginId: method.paymentMethodMetaData?.userLoginId },
    ctx.faults.has("evaluation-ignores-login-id"),
  );
  const answer: Body = { result: evaluationResult(ctx, account) };
  if (account && (answer.result as WireResult).resultStatus === "S") answer.customerId = account.customerId;
  if ((answer.result as WireResult).resultStatus === "S") misbehaveAfterSuccess(ctx, request, account);
  return answer;
}

function evaluationResult(ctx: MppContext, account: ReferenceAccount | undefined): WireResult {
  let code: ResultCode = !account
    ? "USER_NOT_EXIST"
    : account.standing === "payable"
      ? "SUCCESS"
      : account.standing === "unknown"
        ? "UNKNOWN_EXCEPTION"
        : account.standing;
  if (code === "SUCCESS" && ctx.faults.has("evaluation-unknown-for-payable")) code = "UNKNOWN_EXCEPTION";
  if (result(code).resultStatus === "F" && ctx.faults.has("evaluation-generic-rejection")) code = "PROCESS_FAIL";
  const answer = result(code);
  // A code from the F table on an S answer: the slip values.code-agrees-with-status catches.
  if (code === "SUCCESS" && ctx.faults.has("code-status-mismatch")) return { ...answer, resultCode: "PROCESS_FAIL" };
  return answer;
}

/** The evaluation faults that leave traces an evaluation must not leave. */
function misbehaveAfterSuccess(ctx: MppContext, request: PayRequest, account: ReferenceAccount | undefined): void {
  if (ctx.faults.has("evaluation-reserves-id")) {
    ctx.evaluationCache.set(request.paymentRequestId, {
      result: result("SUCCESS"),
      ...(account ? { customerId: account.customerId } : {}),
    });
  }
  const paymentId = newPaymentId();
  if (ctx.faults.has("evaluation-creates-payment")) {
    ctx.payments.createOnce({
      paymentRequestId: request.paymentRequestId,
      paymentId,
      acquirerId: request.acquirerId,
      pspId: request.pspId,
      fingerprint: "evaluation",
      payResponse: { result: result("SUCCESS") },
      userLoginId: account?.userLoginId ?? null,
      customerId: account?.customerId ?? null,
      status: "PROCESSING",
      resultCode: null,
      paymentAmount: request.paymentAmount,
      payToAmount: request.payToAmount ?? null,
      paymentTime: null,
      expiresAt: null,
      redirectUrl: null,
      notifyUrl: null,
      authorizationInfo: null,
      oneClick: false,
      verifyToken: null,
      wrongAttempts: 0,
      createdAt: Date.now(),
    });
  }
  if (ctx.faults.has("evaluation-notifies")) {
    const url = notifyUrlOf(ctx, { notifyUrl: request.paymentNotifyUrl ?? null });
    ctx.callbacks.enqueue(request.paymentRequestId, "notifyPayment", url, {
      acquirerId: request.acquirerId,
      pspId: request.pspId,
      paymentRequestId: request.paymentRequestId,
      paymentId,
      paymentResult: result("SUCCESS"),
      paymentAmount: request.paymentAmount,
      ...(request.payToAmount ? { payToAmount: request.payToAmount } : {}),
      ...(account ? { customerId: account.customerId } : {}),
      paymentTime: isoDateTime(Date.now()),
    });
  }
}
