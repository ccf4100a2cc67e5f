import { scenarioNames } from "../../core/scenarioNames";
import type { Exchange } from "../../core/trace";
import { judgedCallbacks } from "../common/judgedExchanges";
import { type Flaw, judgeEach, where } from "../common/judgeEach";
import { defineCheck } from "../defineCheck";

const title = "Every notifyPayment and authNotify request carries a Signature that verifies";

function flawOf(x: Exchange): Flaw | undefined {
  const verdict = x.signature ?? {
    present: x.request.headers.signature !== undefined,
    valid: false,
    problem: "the simulator recorded no verdict",
  };
  if (verdict.valid) return undefined;
  const path = x.api === "authNotify" ? "/aps/api/v1/authorizations/authNotify" : "/aps/api/v1/payments/notifyPayment";
  return verdict.present
    ? {
        title: `${where(x)} came with a Signature that does not verify`,
        expected: "a Signature that verifies with the MPP's public key over the exact request bytes",
        received: verdict.problem ?? "a Signature header that does not verify",
        hint: `Sign \`POST <path of the URL you call>\\n<Client-Id>.<Request-Time>.<body>\` over the exact bytes you send (e.g. ${path}), with the Client-Id and Request-Time headers you send.`,
        path: "$",
      }
    : {
        title: `${where(x)} came without a Signature header`,
        expected: "Signature, Client-Id and Request-Time headers on the request",
        received: "no Signature header",
        hint: "Alipay+ rejects unsigned calls: sign every notifyPayment and authNotify with your private key (docs/alipayplus/messages-and-signatures.md#signatures).",
        path: "$",
      };
}

/** sig.callback-signed: every callback the simulator received for the two callback APIs. */
export const callbackSigned = defineCheck({
  rule: "sig.callback-signed",
  title,
  scenarios: scenarioNames,
  run(trace) {
    return judgeEach(
      title,
      judgedCallbacks(trace),
      flawOf,
      "the target sent no notifyPayment or authNotify in this scenario",
    );
  },
});
