import { judgeRefusal } from "../common/rejection";
import { defineCheck } from "../defineCheck";

const hint =
  "Look the Client-Id header up among the Alipay+ clients you know before anything else; for an unknown one answer HTTP 200 " +
  '{"result":{"resultStatus":"F","resultCode":"INVALID_CLIENT",…}} and stop.';

/** sig.rejects-unknown-client: the "unknown-client" order of the signatures scenario. */
export const rejectsUnknownClient = defineCheck({
  rule: "sig.rejects-unknown-client",
  title: "A request with an unknown Client-Id is answered F INVALID_CLIENT",
  scenarios: ["signatures"],
  run(trace) {
    return judgeRefusal(trace, { step: "unknown-client", what: "an unknown Client-Id", code: "INVALID_CLIENT", hint });
  },
});
