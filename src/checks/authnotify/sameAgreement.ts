import { show } from "../../core/secrets";
import { judgeEach, where } from "../common/judgeEach";
import { authNotifiesOf, orderAt } from "../common/order";
import { defineCheck, skip } from "../defineCheck";
import { at, targetBody } from "../traceQueries";

const title = "authNotify carries the referenceAgreementId of the pay request's authorizationInfo";

/** authnotify.same-agreement: every authNotify about the order against authorizationInfo.referenceAgreementId. */
export const authNotifySameAgreement = defineCheck({
  rule: "authnotify.same-agreement",
  title,
  scenarios: ["one-click", "callback-retries"],
  run(trace) {
    const order = orderAt(trace);
    if (!order) return skip(title, "the scenario recorded no 'order' pay call");
    const want = at(order.request, "authorizationInfo.referenceAgreementId");
    if (typeof want !== "string")
      return skip(title, "the order's pay request carried no authorizationInfo.referenceAgreementId");
    return judgeEach(
      title,
      authNotifiesOf(trace, order),
      (x) => {
        const got = targetBody(x)?.referenceAgreementId;
        if (got === want) return undefined;
        return {
          title: `${where(x)} carried ${got === undefined ? "no referenceAgreementId" : "another referenceAgreementId"}`,
          expected: `referenceAgreementId ${JSON.stringify(want)} (the order's authorizationInfo.referenceAgreementId)`,
          received: `referenceAgreementId ${show(got)}`,
          hint: "Store authorizationInfo (referenceAgreementId, authClientId, authState) with the order and copy referenceAgreementId into authNotify unchanged: Alipay+ finds the merchant's agreement by it.",
          path: "$.referenceAgreementId",
        };
      },
      "no authNotify arrived for the order (authnotify.token-created judges whether one was due)",
    );
  },
});
