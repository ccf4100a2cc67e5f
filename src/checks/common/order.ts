/**
 * The order a scenario made (its phase-2 pay at a step, "order" by default) and what belongs to
 * it: whether the target took it as a pending order (U with a paymentId, the precondition of most
 * later flow rules), its inquiries and its callbacks. Callback rules count only what belongs to
 * this order, so an evaluation's stray notifyPayment (eval.no-notification's business) is never
 * counted here.
 */

import type { MppOperation } from "../../../generated/validate";
import type { StepLabel } from "../../core/scenarioNames";
import type { Exchange, Trace } from "../../core/trace";
import { at, callbacks, exchangesAt, firstAt, type ResultLike, resultOf, sentBody, targetBody } from "../traceQueries";
import { describeReading, nonEmpty, type Reading, readResult } from "./answers";

export interface Order {
  exchange: Exchange;
  /** The order's paymentRequestId, as the kit sent it. */
  id: string;
  request: Record<string, unknown>;
  /** The target's answer, when it was JSON. */
  response: Record<string, unknown> | undefined;
  reading: Reading;
  paymentId?: string;
  paymentUrl?: string;
  customerId?: string;
}

/** The phase-2 pay exchange of a step ("order" by default), when the scenario recorded one with an id. */
export function orderAt(trace: Trace, step: StepLabel = "order"): Order | undefined {
  const exchange = firstAt(trace, step, "pay");
  const request = exchange && sentBody(exchange);
  const id = request?.paymentRequestId ?? exchange?.paymentRequestId;
  if (!exchange || !request || typeof id !== "string") return undefined;
  const body = targetBody(exchange);
  const field = (name: string) => (nonEmpty(body?.[name]) ? (body?.[name] as string) : undefined);
  return {
    exchange,
    id,
    request,
    response: body,
    reading: readResult(exchange),
    paymentId: field("paymentId"),
    paymentUrl: field("paymentUrl"),
    customerId: field("customerId"),
  };
}

/** Why later steps of the order have nothing to judge, or undefined when it is pending. */
export function notPending(order: Order | undefined, step: StepLabel = "order"): string | undefined {
  if (!order) return `the scenario recorded no '${step}' pay call`;
  const { reading } = order;
  if (reading.kind !== "read")
    return `the order was not created as far as the kit can tell: ${describeReading(reading)}`;
  if (reading.status !== "U" || !order.paymentId) {
    return `the order was answered ${describeReading(reading)}${order.paymentId ? "" : " without a paymentId"}, not as a pending payment (order.* rules judge that answer)`;
  }
  return undefined;
}

/** Whether a pay request is an evaluation (phase 1). */
export const isEvaluation = (x: Exchange) => at(sentBody(x), "paymentFactor.isPaymentEvaluation") === "true";

/** Exchanges of an API that belong to a paymentRequestId, in order. */
export function exchangesFor(trace: Trace, api: MppOperation, id: string): Exchange[] {
  return trace.exchanges.filter(
    (x) => x.direction === "to-mpp" && x.api === api && sentBody(x)?.paymentRequestId === id,
  );
}

/** The last exchange of the inquiry polling step for the payment. */
export function lastInquiry(trace: Trace, id: string, step: StepLabel = "inquiry"): Exchange | undefined {
  return exchangesFor(trace, "inquiryPayment", id)
    .filter((x) => x.step === step)
    .pop();
}

/** Whether the target created the payment: it answered, and not with F. */
export function wasCreated(order: Order): boolean {
  const status = at(order.response, "result.resultStatus");
  return typeof status === "string" && status.toUpperCase() !== "F";
}

const byTime = (a: Exchange, b: Exchange) => a.startedAt - b.startedAt;

/** The order's notifyPayment attempts, in arrival order. */
export function notifiesOf(trace: Trace, order: Order): Exchange[] {
  return callbacks(trace, "notifyPayment", order.id).sort(byTime);
}

/**
 * The order's authNotify attempts, in arrival order. authNotify carries no paymentRequestId, so
 * the simulator may not attribute it; every authNotify counts unless it is attributed to another
 * payment the kit made — a wrong referenceAgreementId must not hide a callback.
 */
export function authNotifiesOf(trace: Trace, order: Order): Exchange[] {
  const otherIds = new Set(
    trace.exchanges
      .filter((x) => x.direction === "to-mpp" && x.paymentRequestId !== order.id)
      .map((x) => x.paymentRequestId)
      .filter((id): id is string => id !== undefined),
  );
  return callbacks(trace, "authNotify")
    .filter(
      (x) => x.paymentRequestId === order.id || x.paymentRequestId === undefined || !otherIds.has(x.paymentRequestId),
    )
    .sort(byTime);
}

export interface FinalInquiry {
  exchange: Exchange;
  paymentResult: ResultLike;
}

/** The last "inquiry" of the order that reported a final payment (paymentResult S or F). */
export function finalInquiry(trace: Trace, order: Order): FinalInquiry | undefined {
  const finals = exchangesAt(trace, "inquiry", "inquiryPayment")
    .filter((x) => x.paymentRequestId === order.id || sentBody(x)?.paymentRequestId === order.id)
    .map((exchange) => ({ exchange, paymentResult: resultOf(exchange, "paymentResult") }))
    .filter((f): f is FinalInquiry => f.paymentResult?.resultStatus === "S" || f.paymentResult?.resultStatus === "F");
  return finals[finals.length - 1];
}

/** A field's value, with "" read as absent: values.no-empty-strings reports "", a consistency rule must not report it again. */
const given = (value: unknown): unknown => (value === "" || value === null ? undefined : value);

/** The order's paymentId and customerId as the target gave them in pay (or, failing that, inquiry). */
export function orderFacts(trace: Trace, order: Order): { paymentId?: unknown; customerId?: unknown } {
  const inquiry = finalInquiry(trace, order);
  const inquired = inquiry && targetBody(inquiry.exchange);
  return {
    paymentId: given(order.response?.paymentId) ?? given(inquired?.paymentId),
    customerId: given(order.response?.customerId) ?? given(inquired?.customerId),
  };
}

/** Whether the order's payment succeeded, by inquiryPayment's final result or an S notification. */
export function succeeded(trace: Trace, order: Order): boolean {
  if (finalInquiry(trace, order)?.paymentResult.resultStatus === "S") return true;
  return notifiesOf(trace, order).some((x) => at(targetBody(x), "paymentResult.resultStatus") === "S");
}

/** Whether the user enabled one-click payment in the order (paymentFactor.isAuthorizationAndPay "true"). */
export function withOneClick(order: Order): boolean {
  return at(order.request, "paymentFactor.isAuthorizationAndPay") === "true";
}
