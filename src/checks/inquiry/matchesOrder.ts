import { nonEmpty, readPaymentResult, readResult } from "../common/answers";
import { type Flaw, type Judgement, judgeEach, where } from "../common/judgeEach";
import { exchangesFor, orderAt } from "../common/order";
import { defineCheck } from "../defineCheck";
import { at, evidenceOf, targetBody } from "../traceQueries";

const title = "inquiryPayment reports the order's paymentId, paymentAmount, payToAmount and customerId as pay did";

/** An amount as compared: currency and value as strings (their JSON types are values.all-strings'). */
const amountOf = (value: unknown) =>
  value !== null && typeof value === "object"
    ? `${String(at(value, "value"))} ${String(at(value, "currency"))}`
    : undefined;

/**
 * inquiry.matches-order (docs/alipayplus/pay.md#payment-result-consistency): every inquiry of the order that found it. Final answers
 * must carry paymentId and paymentAmount; whatever is present must equal the order's.
 * Empty strings count as absent (values.no-empty-strings judges them).
 */
export const inquiryMatchesOrder = defineCheck({
  rule: "inquiry.matches-order",
  title,
  scenarios: ["happy-path", "one-click", "verification-failed", "expiry", "sms-resend", "callback-retries"],
  run(trace) {
    const order = orderAt(trace);
    const found = order
      ? exchangesFor(trace, "inquiryPayment", order.id).filter((x) => {
          const r = readResult(x);
          return r.kind === "read" && r.status === "S";
        })
      : [];
    return judgeEach(
      title,
      found,
      (x): Judgement => {
        if (!order) return { skip: "no order" };
        const body = targetBody(x) ?? {};
        const final = (() => {
          const r = readPaymentResult(x);
          return r.kind === "read" && r.status !== "U";
        })();
        // A paymentId over 64 characters is not a valid id (schema.pay-response reports it):
        // Alipay+ could not have stored it, so an inquiry cannot be held to it.
        const usableId = order.paymentId !== undefined && order.paymentId.length <= 64 ? order.paymentId : undefined;
        const wanted = {
          paymentId: usableId,
          paymentAmount: amountOf(order.request.paymentAmount),
          payToAmount: amountOf(order.request.payToAmount),
          customerId: order.customerId,
        };
        const got = {
          paymentId: nonEmpty(body.paymentId) ? body.paymentId : undefined,
          paymentAmount: amountOf(body.paymentAmount),
          payToAmount: amountOf(body.payToAmount),
          customerId: nonEmpty(body.customerId) ? body.customerId : undefined,
        };
        // The kit sends the two amounts in different currencies, so one in the other's place is a swap.
        const other = { paymentAmount: "payToAmount", payToAmount: "paymentAmount" } as const;
        const flaws: string[] = [];
        for (const field of ["paymentId", "paymentAmount", "payToAmount", "customerId"] as const) {
          if (got[field] === undefined) {
            if (final && (field === "paymentId" || field === "paymentAmount") && wanted[field] !== undefined)
              flaws.push(`${field} missing (order: ${wanted[field]})`);
          } else if (wanted[field] !== undefined && got[field] !== wanted[field]) {
            const swap = (field === "paymentAmount" || field === "payToAmount") && got[field] === wanted[other[field]];
            flaws.push(
              `${field} ${got[field]} (order: ${wanted[field]}${swap ? `; that is the order's ${other[field]}: the amounts are swapped` : ""})`,
            );
          }
        }
        if (flaws.length === 0) return "holds";
        const flaw: Flaw = {
          title: `${where(x)} disagrees with the order: ${flaws[0]}`,
          expected: `paymentId ${wanted.paymentId ?? "(none given)"}, paymentAmount ${wanted.paymentAmount}, payToAmount ${wanted.payToAmount ?? "(none sent)"} when given, customerId ${wanted.customerId ?? "(none given)"}`,
          received: flaws.join("; "),
          hint: "Answer inquiryPayment from the stored order: the paymentId you returned from pay, the paymentAmount and payToAmount Alipay+ sent (each in its own field and currency), and the same customerId.",
          path: `$.${flaws[0]!.split(" ")[0]}`,
          also: [evidenceOf(order.exchange)],
        };
        return flaw;
      },
      order ? "no inquiry found the order" : "the scenario recorded no 'order' pay call",
    );
  },
});
