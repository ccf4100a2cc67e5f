import { show } from "../../core/secrets";
import { notifiesOf, orderAt } from "../common/order";
import { defineCheck, fail, type Outcome, pass, skip } from "../defineCheck";
import { evidenceOf, targetBody } from "../traceQueries";

const title = "Every retry of notifyPayment carries the same payment, amount and result";

/** The content Alipay+ checks for consistency across retries (docs/alipayplus/idempotency.md#idempotency); resultMessage may vary. */
function contentOf(body: Record<string, unknown> | undefined): Record<string, unknown> {
  const result = (body?.paymentResult ?? {}) as Record<string, unknown>;
  const amount = (body?.paymentAmount ?? {}) as Record<string, unknown>;
  return {
    paymentId: body?.paymentId,
    paymentAmount: { currency: amount.currency, value: amount.value },
    paymentResult: { resultStatus: result.resultStatus, resultCode: result.resultCode },
  };
}

/** notify.retry-same-content: every attempt for the order against the first one. */
export const notifyRetrySameContent = defineCheck({
  rule: "notify.retry-same-content",
  title,
  scenarios: ["callback-retries"],
  run(trace) {
    const order = orderAt(trace);
    if (!order) return skip(title, "the scenario recorded no 'order' pay call");
    const [first, ...retries] = notifiesOf(trace, order);
    if (!first || retries.length === 0)
      return skip(title, "fewer than two notifyPayment attempts for the order arrived");
    const want = contentOf(targetBody(first));
    const failures: Outcome[] = [];
    for (const retry of retries) {
      const got = contentOf(targetBody(retry));
      for (const field of Object.keys(want)) {
        if (JSON.stringify(got[field]) === JSON.stringify(want[field])) continue;
        failures.push(
          fail({
            title: `notifyPayment retry ${retry.id} changed ${field}`,
            expected: `${field} ${show(want[field])}, as in the first attempt ${first.id}`,
            received: `${field} ${show(got[field])}`,
            hint: "A retry re-sends the same notification: build it from the stored final state of the payment, not from whatever is current when the retry runs.",
            evidence: [evidenceOf(retry, `$.${field}`), evidenceOf(first, `$.${field}`)],
          }),
        );
      }
    }
    return failures.length > 0 ? failures : pass(title, evidenceOf(first), ...retries.map((x) => evidenceOf(x)));
  },
});
