import { validate } from "../../../generated/validate";
import { describeReading, readResult } from "../common/answers";
import { defineCheck, fail, pass, skip } from "../defineCheck";
import { evidenceOf, firstAt, sentBody } from "../traceQueries";

const title = 'An order with isAuthorizationAndPay "true" but no authorizationInfo is answered F PARAM_ILLEGAL';

/** order.authorization-info-required (seed step 2 (docs/alipayplus/easy-pay-flow.md#step-2-order): the three fields "must be specified"). */
export const orderAuthorizationInfoRequired = defineCheck({
  rule: "order.authorization-info-required",
  title,
  scenarios: ["one-click"],
  run(trace) {
    const x = firstAt(trace, "order-without-authorization-info", "pay");
    if (!x) return skip(title, "the scenario sent no order without authorizationInfo");
    // The spec itself requires authorizationInfo here, so this order is schema-invalid: a
    // crash on it is the 5xx that input.schema-invalid reports for every such request.
    if ((x.response?.status ?? 0) >= 500 && !validate("pay", "request", sentBody(x)).valid) {
      return skip(
        title,
        `answered HTTP ${x.response?.status} to a schema-invalid request (input.schema-invalid reports 5xx answers to those)`,
      );
    }
    const reading = readResult(x);
    if (reading.kind === "unjudged") return skip(title, reading.reason);
    if (reading.kind === "read" && reading.status === "F" && reading.code === "PARAM_ILLEGAL")
      return pass(title, evidenceOf(x, "$.result"));
    const received = reading.kind === "read" ? describeReading(reading) : reading.received;
    return fail({
      title: `one-click order without authorizationInfo was answered ${received}`,
      expected: "F PARAM_ILLEGAL",
      received,
      hint: 'When paymentFactor.isAuthorizationAndPay is "true", require authorizationInfo (referenceAgreementId, authClientId, authState) and refuse the order with F PARAM_ILLEGAL without it: there is no agreement to issue the access token for.',
      evidence: [evidenceOf(x, "$.result")],
    });
  },
});
