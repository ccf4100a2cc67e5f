import { judgeRefusal } from "../common/rejection";
import { defineCheck } from "../defineCheck";

const hint =
  "Verify the Signature header over `POST <path>\\n<Client-Id>.<Request-Time>.<raw body>` with Alipay+'s public key before " +
  'processing; when it is missing or does not verify, answer HTTP 200 {"result":{"resultStatus":"F","resultCode":"INVALID_SIGNATURE",…}} and stop.';

/** sig.rejects-bad-signature: the "bad-signature" and "missing-signature" orders of the signatures scenario. */
export const rejectsBadSignature = defineCheck({
  rule: "sig.rejects-bad-signature",
  title: "A request whose signature does not verify, or has none, is answered F INVALID_SIGNATURE and changes nothing",
  scenarios: ["signatures"],
  run(trace) {
    return [
      ...judgeRefusal(trace, { step: "bad-signature", what: "a bad signature", code: "INVALID_SIGNATURE", hint }),
      ...judgeRefusal(trace, { step: "missing-signature", what: "no signature", code: "INVALID_SIGNATURE", hint }),
    ];
  },
});
