/** pay: phase 1 (evaluation) when paymentFactor.isPaymentEvaluation is "true", else phase 2. */
import type { PayRequest } from "../../generated/types";
import type { MppContext } from "../context";
import { createOrder } from "./createOrder";
import { evaluate } from "./evaluate";

export function pay(ctx: MppContext, request: PayRequest): Record<string, unknown> | Promise<Record<string, unknown>> {
  return request.paymentFactor?.isPaymentEvaluation === "true" ? evaluate(ctx, request) : createOrder(ctx, request);
}
