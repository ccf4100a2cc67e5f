/**
 * The core of the scenarios that follow one order through verification: an order for the payable
 * account with its own paymentNotifyUrl and paymentRedirectUrl, then the user's verification as
 * the scenario intends. False when the order was not left pending: the scenario stops there
 * (pendingOrderOrStop notes why; the order.* rules judge the answer).
 */
import type { VerificationRecord } from "../core/trace";
import type { ScenarioContext } from "./context";
import { pendingOrderOrStop } from "./pendingOrder";
import { orderRequest } from "./requests";
import { verifyPayment } from "./verifyPayment";

export async function verifiedOrder(
  ctx: ScenarioContext,
  id: string,
  options: { oneClick: boolean; intended: VerificationRecord["intended"] },
): Promise<boolean> {
  const { config, simulator } = ctx;
  const account = config.accounts.payable;
  const redirectUrl = simulator.redirectUrlFor(id);
  const request = orderRequest(config, account, id, {
    oneClick: options.oneClick,
    redirectUrl,
    notifyUrl: simulator.notifyUrlFor(id),
  });
  const pending = pendingOrderOrStop(ctx, await ctx.mpp.call("pay", request, { step: "order" }));
  if (!pending) return false;
  await verifyPayment(ctx, {
    paymentRequestId: id,
    order: pending,
    redirectBase: redirectUrl,
    account,
    intended: options.intended,
  });
  return true;
}
