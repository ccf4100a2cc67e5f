import { maskValue } from "../../core/secrets";
import type { Exchange, Trace } from "../../core/trace";
import { type Flaw, judgeEach, where } from "../common/judgeEach";
import { authNotifiesOf, orderAt } from "../common/order";
import { defineCheck, skip } from "../defineCheck";
import { at, sentBody, targetBody } from "../traceQueries";

const title = "authNotify's accessToken is a value of its own, distinct per agreement";

/** Ids the kit sent or the target answered in this trace: a token equal to one is an echo, not a credential. */
function idsOf(trace: Trace): Map<string, string> {
  const ids = new Map<string, string>();
  const add = (name: string, value: unknown) => {
    if (typeof value === "string" && value !== "") ids.set(value, name);
  };
  for (const x of trace.exchanges.filter((e) => e.direction === "to-mpp" && e.api === "pay")) {
    const request = sentBody(x);
    add("paymentRequestId", request?.paymentRequestId);
    add("referenceAgreementId", at(request, "authorizationInfo.referenceAgreementId"));
    add("authState", at(request, "authorizationInfo.authState"));
    add("authClientId", at(request, "authorizationInfo.authClientId"));
    add("paymentId", targetBody(x)?.paymentId);
    add("customerId", targetBody(x)?.customerId);
  }
  return ids;
}

/**
 * authnotify.token-plausible: every authNotify of the order. The token itself never appears in a
 * message (findings reach CI logs); only which id it equals, or its first characters, masked.
 */
export const authNotifyTokenPlausible = defineCheck({
  rule: "authnotify.token-plausible",
  title,
  scenarios: ["one-click", "callback-retries"],
  run(trace) {
    const order = orderAt(trace);
    if (!order) return skip(title, "the scenario recorded no 'order' pay call");
    const ids = idsOf(trace);
    const arrived = authNotifiesOf(trace, order).filter(
      (x) => targetBody(x)?.authorizationNotifyType === "TOKEN_CREATED",
    );
    const tokenOf = (x: Exchange) => targetBody(x)?.accessToken;
    const agreementOf = (x: Exchange) => targetBody(x)?.referenceAgreementId;
    return judgeEach(
      title,
      arrived,
      (x): Flaw | undefined => {
        const token = tokenOf(x);
        const flaw = (what: string, hint: string): Flaw => ({
          title: `${where(x)}: the accessToken ${what}`,
          expected: "a non-empty token of the MPP's own making (random, opaque), one per agreement",
          received: `accessToken ${maskValue(token)} (${what})`,
          hint,
          path: "$.accessToken",
        });
        if (typeof token !== "string" || token.trim() === "") {
          return flaw(
            token === undefined ? "is missing" : "is empty",
            "Create a token when the user authorizes one-click payment and send it in authNotify TOKEN_CREATED.",
          );
        }
        const echoed = ids.get(token);
        if (echoed)
          return flaw(
            `equals the ${echoed}`,
            "An id is not a credential: anyone who saw the payment could use it. Issue a random token (e.g. 32+ bytes from a secure random source) and keep the mapping to the agreement on your side.",
          );
        if (targetBody(x)?.refreshToken === token)
          return flaw(
            "is also sent as the refreshToken",
            "Issue the refresh token as a separate secret: a refresh token equal to the access token makes the token's expiry meaningless.",
          );
        const shared = arrived.find(
          (other) => other !== x && tokenOf(other) === token && agreementOf(other) !== agreementOf(x),
        );
        if (shared)
          return flaw(
            `is the same as for the agreement ${JSON.stringify(agreementOf(shared))}`,
            "Issue one token per agreement: a shared token lets one merchant's agreement act for another.",
          );
        return undefined;
      },
      "no authNotify TOKEN_CREATED arrived for the order (authnotify.token-created judges whether one was due)",
    );
  },
});
