/**
 * inquiryPayment (docs/alipayplus/inquiry-payment.md#inquiry-payment): result F ORDER_NOT_EXIST for an order this acquirer and PSP do not
 * have; otherwise result S and the payment's own state in paymentResult.
 */

import type { InquiryPaymentRequest } from "../../generated/types";
import { alterAmount, paymentResultOf, swapAmounts } from "../callbacks/callbackBodies";
import type { MppContext } from "../context";
import { result, type WireResult } from "../results";
import type { PaymentRecord } from "../store/paymentStore";

type Body = Record<string, unknown>;

export function inquiryPayment(ctx: MppContext, request: InquiryPaymentRequest): Body {
  const payment = visiblePayment(ctx, request);
  if (!payment)
    return { result: result(ctx.faults.has("inquiry-unknown-as-process-fail") ? "PROCESS_FAIL" : "ORDER_NOT_EXIST") };
  const paymentResult = reportedResult(ctx, payment);
  const inProcess = paymentResult.resultStatus === "U";
  const body: Body = {
    result:
      inProcess && ctx.faults.has("inquiry-in-process-as-unknown-result")
        ? result("PAYMENT_IN_PROCESS")
        : result("SUCCESS"),
    paymentResult,
    paymentRequestId: payment.paymentRequestId,
    paymentId: payment.paymentId,
    paymentAmount: payment.paymentAmount,
    ...(payment.payToAmount ? { payToAmount: payment.payToAmount } : {}),
    ...(payment.customerId ? { customerId: payment.customerId } : {}),
    ...(!inProcess && payment.paymentTime ? { paymentTime: payment.paymentTime } : {}),
  };
  if (ctx.faults.has("inquiry-swaps-amounts")) return swapAmounts(body);
  return ctx.faults.has("inquiry-wrong-amount") ? alterAmount(body, 1) : body;
}

function visiblePayment(ctx: MppContext, request: InquiryPaymentRequest): PaymentRecord | undefined {
  const payment = ctx.payments.findByRequestId(request.paymentRequestId);
  if (!payment) return undefined;
  if (payment.acquirerId !== request.acquirerId && !ctx.faults.has("inquiry-ignores-acquirer")) return undefined;
  if (payment.pspId !== request.pspId && !ctx.faults.has("inquiry-ignores-psp")) return undefined;
  return payment;
}

/** The payment's state, as the inquiry faults misreport it. */
function reportedResult(ctx: MppContext, payment: PaymentRecord): WireResult {
  const stuck =
    (payment.status === "SUCCESS" && ctx.faults.has("inquiry-stuck-in-process")) ||
    (payment.status === "FAILED" &&
      payment.resultCode === "USER_PAYMENT_VERIFICATION_FAILED" &&
      ctx.faults.has("inquiry-failure-in-process")) ||
    (payment.status === "CLOSED" && ctx.faults.has("expiry-ignored"));
  return stuck ? result("PAYMENT_IN_PROCESS") : paymentResultOf(payment);
}
