/**
 * The phase-2 order a scenario made at a step, and whether the target took it as a pending
 * order (U with a paymentId): the precondition of most later flow rules.
 */
import type { Exchange, Trace } from "../../core/trace";
import { at, firstAt, sentBody, targetBody } from "../traceQueries";
import { describeReading, nonEmpty, readResult, type Reading } from "./answers";
import type { MppOperation } from "../../../generated/validate";
import type { StepLabel } from "../../core/scenarioNames";

export interface OrderAt {
  exchange: Exchange;
  id: string;
  request: Record<string, unknown>;
  reading: Reading;
  paymentId?: string;
  paymentUrl?: string;
  customerId?: string;
}

export function orderAt(trace: Trace, step: StepLabel = "order"): OrderAt | undefined {
  const exchange = firstAt(trace, step, "pay");
  const request = exchange && sentBody(exchange);
  const id = request?.paymentRequestId;
  if (!exchange || !request || typeof id !== "string") return undefined;
  const body = targetBody(exchange);
  const field = (name: string) => (nonEmpty(body?.[name]) ? (body?.[name] as string) : undefined);
  return { exchange, id, request, reading: readResult(exchange), paymentId: field("paymentId"), paymentUrl: field("paymentUrl"), customerId: field("customerId") };
}

/** Why later steps of the order have nothing to judge, or undefined when it is pending. */
export function notPending(order: OrderAt | undefined, step: StepLabel = "order"): string | undefined {
  if (!order) return `the scenario recorded no '${step}' pay call`;
  const { reading } = order;
  if (reading.kind !== "read") return `the order was not created as far as the kit can tell: ${describeReading(reading)}`;
  if (reading.status !== "U" || !order.paymentId) {
    return `the order was answered ${describeReading(reading)}${order.paymentId ? "" : " without a paymentId"}, not as a pending payment (order.* rules judge that answer)`;
  }
  return undefined;
}

/** Whether a pay request is an evaluation (phase 1). */
export const isEvaluation = (x: Exchange) => at(sentBody(x), "paymentFactor.isPaymentEvaluation") === "true";

/** Exchanges of an API that belong to a paymentRequestId, in order. */
export function exchangesFor(trace: Trace, api: MppOperation, id: string): Exchange[] {
  return trace.exchanges.filter((x) => x.direction === "to-mpp" && x.api === api && sentBody(x)?.paymentRequestId === id);
}

/** The last exchange of the inquiry polling step for the payment. */
export function lastInquiry(trace: Trace, id: string, step: StepLabel = "inquiry"): Exchange | undefined {
  return exchangesFor(trace, "inquiryPayment", id).filter((x) => x.step === step).pop();
}
