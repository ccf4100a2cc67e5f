import { maskValue } from "../../core/secrets";
import { authNotifiesOf, orderAt, succeeded, withOneClick } from "../common/order";
import { defineCheck, fail, pass, skip } from "../defineCheck";
import { evidenceOf, targetBody } from "../traceQueries";

const title = "After a successful one-click payment the MPP sends authNotify TOKEN_CREATED with an accessToken";

const isTokenCreated = (body: Record<string, unknown> | undefined) =>
  body?.authorizationNotifyType === "TOKEN_CREATED" &&
  typeof body.accessToken === "string" &&
  body.accessToken.length > 0;

/** authnotify.token-created: judged once the order had isAuthorizationAndPay "true" and its payment succeeded. */
export const authNotifyTokenCreated = defineCheck({
  rule: "authnotify.token-created",
  title,
  scenarios: ["one-click", "callback-retries"],
  run(trace) {
    const order = orderAt(trace);
    if (!order) return skip(title, "the scenario recorded no 'order' pay call");
    if (!withOneClick(order)) return skip(title, 'the order did not carry paymentFactor.isAuthorizationAndPay "true"');
    if (!succeeded(trace, order))
      return skip(title, "the order's payment did not succeed (inquiry.* and notify.* judge why), so no token was due");
    const attempts = authNotifiesOf(trace, order);
    const created = attempts.find((x) => isTokenCreated(targetBody(x)));
    if (created) return pass(title, evidenceOf(created, "$.accessToken"));
    const seen = attempts.map((x) => {
      const body = targetBody(x);
      return `${x.id}: authorizationNotifyType ${JSON.stringify(body?.authorizationNotifyType)}, accessToken ${maskValue(body?.accessToken)}`;
    });
    return fail({
      title:
        attempts.length === 0
          ? "no authNotify arrived after a successful one-click payment"
          : "no authNotify TOKEN_CREATED with an accessToken arrived",
      expected:
        'authNotify with authorizationNotifyType "TOKEN_CREATED", the order\'s referenceAgreementId and a non-empty accessToken',
      received: attempts.length === 0 ? "no authNotify" : seen.join("; "),
      hint:
        'When a payment with isAuthorizationAndPay "true" succeeds, create the access token and POST authNotify ' +
        "(authorizationNotifyType TOKEN_CREATED, referenceAgreementId, accessToken, customerId) to Alipay+, signed.",
      evidence:
        attempts.length === 0
          ? [evidenceOf(order.exchange, "$.paymentFactor.isAuthorizationAndPay")]
          : attempts.map((x) => evidenceOf(x, "$.authorizationNotifyType")),
    });
  },
});
