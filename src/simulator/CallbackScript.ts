/** The scripted answers per payment and api: consumed in order, then S (a well-behaved Alipay+). */
import type { CallbackOperation } from "../../generated/validate";
import type { CallbackAnswer } from "../core/engine";

export class CallbackScript {
  private readonly queues = new Map<string, CallbackAnswer[]>();

  private key(paymentRequestId: string, api: CallbackOperation): string {
    return `${api} ${paymentRequestId}`;
  }

  set(paymentRequestId: string, api: CallbackOperation, answers: CallbackAnswer[]): void {
    this.queues.set(this.key(paymentRequestId, api), [...answers]);
  }

  /** The answer for the next callback; S when nothing (more) is scripted or the payment is unknown. */
  next(paymentRequestId: string | undefined, api: CallbackOperation): CallbackAnswer {
    if (paymentRequestId === undefined) return { kind: "S" };
    return this.queues.get(this.key(paymentRequestId, api))?.shift() ?? { kind: "S" };
  }
}

/** How an answer is recorded in Exchange.answeredWith. */
export function answerLabel(answer: CallbackAnswer): string {
  return answer.kind;
}
