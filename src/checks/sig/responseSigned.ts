import { scenarioNames } from "../../core/scenarioNames";
import type { Exchange } from "../../core/trace";
import { judgedResponses } from "../common/judgedExchanges";
import { type Flaw, judgeEach, where } from "../common/judgeEach";
import { defineCheck } from "../defineCheck";
import { resultOf } from "../traceQueries";

const title = "Every pay and inquiryPayment response carries a Signature that verifies";

/** Steps whose request the MPP could not authenticate: its own signature was bad or missing, or its Client-Id unknown. */
const unauthenticatedSteps = new Set(["bad-signature", "missing-signature", "unknown-client"]);
/** Steps whose request a gateway in front of the MPP may refuse before the MPP sees it. */
const unreadableInput = (step: string) =>
  step.startsWith("malformed-json:") || step.startsWith("schema-invalid:") || step === "oversized";

/**
 * The one unsigned answer we accept: an F or U to a request the MPP could not authenticate or
 * read. Ant's SDKs accept unsigned responses only when resultStatus is F or U (docs/alipayplus/messages-and-signatures.md#invalid-signature),
 * precisely for gateway-made rejections like these, and the MPP may have no key to sign with
 * for an unknown Client-Id. A signature that is present but does not verify is never accepted.
 */
function mayBeUnsigned(x: Exchange): boolean {
  const status = resultOf(x)?.resultStatus;
  return (unauthenticatedSteps.has(x.step) || unreadableInput(x.step)) && (status === "F" || status === "U");
}

/** What the kit saw: the recorded verdict, or (when none was recorded) whether a header was there. */
function verdictOf(x: Exchange): { present: boolean; valid: boolean; problem?: string } | undefined {
  if (x.signature) return x.signature;
  return x.response?.headers.signature === undefined ? { present: false, valid: false } : undefined;
}

function flawOf(x: Exchange): Flaw | undefined {
  const verdict = verdictOf(x);
  if (!verdict || verdict.valid) return undefined;
  if (!verdict.present) {
    if (mayBeUnsigned(x)) return undefined;
    return {
      title: `${where(x)} answered without a Signature header`,
      expected: "a Signature header (algorithm=RSA256,keyVersion=…,signature=…) over the response",
      received: `no Signature header (HTTP ${x.response?.status})`,
      hint:
        "Sign every response: SHA256withRSA over `POST <request path>\\n<Client-Id>.<Response-Time>.<response body>` with your " +
        "private key, base64 then URL-encode it, and send it with Response-Time and Client-Id headers (docs/alipayplus/messages-and-signatures.md#signatures).",
      path: "$",
    };
  }
  return {
    title: `${where(x)} answered with a Signature that does not verify`,
    expected: "a Signature that verifies with the MPP's public key over the exact response bytes",
    received: verdict.problem ?? "a Signature header that does not verify",
    hint:
      "Sign the exact bytes you send (not a re-serialised object), with the Response-Time header value you send and the " +
      "request's path as URI; check that the kit's config holds the public key matching your signing key.",
    path: "$",
  };
}

/** sig.response-signed: every answered pay / inquiryPayment, input refusals aside (input.* judge them). */
export const responseSigned = defineCheck({
  rule: "sig.response-signed",
  title,
  scenarios: scenarioNames,
  run(trace) {
    const judged = judgedResponses(trace).filter((x) => verdictOf(x) !== undefined);
    return judgeEach(title, judged, flawOf, "no answered pay or inquiryPayment call in this scenario");
  },
});
