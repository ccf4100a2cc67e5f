import { parseIsoTime } from "../../core/isoTime";
import { type Flaw, judgeEach, type NoEvidence, where } from "../common/judgeEach";
import { authNotifiesOf, orderAt } from "../common/order";
import { CLOCK_SKEW_MS, describeOffset } from "../common/plausibleTimes";
import { defineCheck, skip } from "../defineCheck";
import { targetBody } from "../traceQueries";

const title = "authNotify's token expiry times lie in the future";

const fields = ["accessTokenExpiryTime", "refreshTokenExpiryTime"] as const;

/**
 * authnotify.token-expiry-plausible: the authorization happened before the authNotify was sent,
 * so a token that expires after the authorization and in the future expires after its arrival.
 */
export const authNotifyTokenExpiryPlausible = defineCheck({
  rule: "authnotify.token-expiry-plausible",
  title,
  scenarios: ["one-click", "callback-retries"],
  run(trace) {
    const order = orderAt(trace);
    if (!order) return skip(title, "the scenario recorded no 'order' pay call");
    const withExpiry = authNotifiesOf(trace, order).filter((x) => fields.some((f) => targetBody(x)?.[f] !== undefined));
    return judgeEach(
      title,
      withExpiry,
      (x): Flaw[] | NoEvidence => {
        const body = targetBody(x) ?? {};
        const given = fields.filter((f) => body[f] !== undefined);
        const unreadable = given.filter((f) => parseIsoTime(body[f]) === undefined);
        if (unreadable.length === given.length)
          return {
            skip: `${where(x)}: ${unreadable.join(", ")} not an ISO 8601 date-time (the schema rules report it)`,
          };
        return given.flatMap((field): Flaw[] => {
          const at = parseIsoTime(body[field]);
          if (at === undefined || at > x.startedAt + CLOCK_SKEW_MS) return [];
          return [
            {
              title: `${where(x)}: ${field} ${String(body[field])} is ${describeOffset(x.startedAt - at)} before the authNotify arrived`,
              expected: `${field} in the future: after the authorization and after ${new Date(x.startedAt).toISOString()}, when this authNotify arrived`,
              received: `${field} ${JSON.stringify(body[field])} (${new Date(at).toISOString()})`,
              hint: "Compute the expiry from the moment the token is created plus its lifetime (e.g. now + 1 year), written with its zone offset; a token that has already expired is one the merchant cannot use.",
              path: `$.${field}`,
            },
          ];
        });
      },
      "no authNotify for the order gave a token expiry time",
    );
  },
});
