/**
 * Provider states reached through the MPP's own public API, so any MPP can be verified with no
 * special endpoint: an order in process is a real `pay`; a succeeded payment adds the
 * verification driver completing the page; a failed one the failing verification. Each state
 * returns the values its interaction injects (fromProviderState): fresh ids, the MPP's
 * paymentId, and the target's own ids, accounts and amounts from config.
 */

import { createMppClient } from "../client";
import type { AccountConfig, KitConfig } from "../config";
import type { VerificationDriver } from "../core/engine";
import type { Trace } from "../core/trace";
import { newPaymentRequestId } from "../run/paymentRequestIds";
import type { RunSimulator } from "../run/runConformance";
import type { ScenarioContext } from "../scenarios/context";
import { pendingOrderOf } from "../scenarios/pendingOrder";
import { pollInquiry } from "../scenarios/pollInquiry";
import { authorizationInfoFor, orderRequest } from "../scenarios/requests";
import { verifyPayment } from "../scenarios/verifyPayment";
import type { SigningMode } from "./signingProxy";
import { type StateName, type StateValues, states } from "./states";

export interface StateDeps {
  config: KitConfig;
  simulator: RunSimulator & { redirectUrlFor(id: string): string };
  verifier: VerificationDriver;
  signing: SigningMode;
}

export class StateError extends Error {}

function contextFor(deps: StateDeps, trace: Trace): ScenarioContext {
  return {
    config: deps.config,
    mpp: createMppClient({ config: deps.config, trace }),
    simulator: deps.simulator.forTrace(trace),
    verifier: deps.verifier,
    trace,
    newPaymentRequestId: () => {
      const id = newPaymentRequestId();
      deps.simulator.register(id, trace);
      return id;
    },
    note: (text) => trace.notes.push(text),
  };
}

function freshValues(ctx: ScenarioContext, account: AccountConfig): StateValues {
  const { config } = ctx;
  const id = ctx.newPaymentRequestId();
  const order = orderRequest(config, account, id, { oneClick: false, redirectUrl: ctx.simulator.redirectUrlFor(id) });
  return {
    paymentRequestId: id,
    acquirerId: config.target.acquirerId,
    pspId: config.target.pspId,
    userLoginId: account.userLoginId,
    userLoginIdType: account.userLoginIdType,
    // The amounts of the request actually built: the kit gives each payment its own.
    currency: order.paymentAmount.currency,
    value: order.paymentAmount.value,
    payToCurrency: order.payToAmount!.currency,
    payToValue: order.payToAmount!.value,
    paymentMethodType: config.order.paymentMethodType,
    paymentRedirectUrl: order.paymentRedirectUrl!,
    referenceOrderId: order.order.referenceOrderId,
    orderDescription: order.order.orderDescription,
    ...authorizationInfoFor(id),
  };
}

/** A real order creation, exactly the body the contract's order interactions send. */
async function createOrder(ctx: ScenarioContext, state: StateName) {
  const account = ctx.config.accounts.payable;
  const values = freshValues(ctx, account);
  const id = values.paymentRequestId;
  const exchange = await ctx.mpp.call(
    "pay",
    orderRequest(ctx.config, account, id, { oneClick: false, redirectUrl: values.paymentRedirectUrl }),
    { step: `state: ${state}` },
  );
  const pending = pendingOrderOf(exchange);
  if (!pending?.paymentId) {
    const answer = exchange.error
      ? `no answer (${exchange.error.kind})`
      : `HTTP ${exchange.response?.status} ${exchange.response?.body.slice(0, 200) ?? ""}`;
    throw new StateError(
      `state "${state}": the order creation did not leave an order in process with a paymentUrl and paymentId; the MPP answered ${answer}`,
    );
  }
  return { ctx, values: { ...values, paymentId: pending.paymentId }, pending, account };
}

async function finishedPayment(
  ctx: ScenarioContext,
  state: StateName,
  intended: "success" | "fail",
): Promise<StateValues> {
  const { values, pending, account } = await createOrder(ctx, state);
  const id = values.paymentRequestId;
  const record = await verifyPayment(ctx, {
    paymentRequestId: id,
    order: pending,
    redirectBase: values.paymentRedirectUrl,
    account,
    intended,
  });
  if (record.error)
    throw new StateError(
      `state "${state}": the ${record.driver} verification driver could not finish: ${record.error}`,
    );
  const polled = await pollInquiry(ctx, id, `state: ${state}`);
  if (!polled.final)
    throw new StateError(
      `state "${state}": inquiryPayment never reported a final paymentResult after ${polled.attempts} attempts`,
    );
  return values;
}

export function stateHandlers(deps: StateDeps) {
  const trace: Trace = {
    scenario: "contracts",
    target: { baseUrl: deps.config.target.baseUrl },
    features: [...deps.config.features],
    startedAt: Date.now(),
    exchanges: [],
    verifications: [],
    notes: [],
  };
  const ctx = () => contextFor(deps, trace);
  const rejected = (code: string) => {
    const account = deps.config.accounts.rejected.find((a) => a.expectCode === code);
    if (!account)
      throw new StateError(
        `state "${states.accountThatCannotPay}": the config declares no rejected account with expectCode ${code} (accounts.rejected)`,
      );
    return account;
  };
  const handlers: Record<StateName, (params?: Record<string, unknown>) => Promise<StateValues>> = {
    [states.payableAccount]: async () => freshValues(ctx(), deps.config.accounts.payable),
    [states.accountThatCannotPay]: async (params) => freshValues(ctx(), rejected(String(params?.resultCode))),
    [states.noPayment]: async () => freshValues(ctx(), deps.config.accounts.payable),
    [states.badSignature]: async () => {
      deps.signing.signNextBadly();
      return freshValues(ctx(), deps.config.accounts.payable);
    },
    [states.orderInProcess]: async () => (await createOrder(ctx(), states.orderInProcess)).values,
    [states.succeededPayment]: () => finishedPayment(ctx(), states.succeededPayment, "success"),
    [states.failedPayment]: () => finishedPayment(ctx(), states.failedPayment, "fail"),
  };
  return { handlers, trace };
}
