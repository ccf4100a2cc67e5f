import { notifiesOf, orderAt } from "../common/order";
import { judgeRetries } from "../common/retries";
import { defineCheck, skip } from "../defineCheck";

const title = "An acknowledgement with a bad signature is not taken as S; notifyPayment is sent again";

/** notify.verifies-acknowledgement-signature: callback-retries answers one attempt with an S whose Signature does not verify. */
export const notifyVerifiesAcknowledgementSignature = defineCheck({
  rule: "notify.verifies-acknowledgement-signature",
  title,
  scenarios: ["callback-retries"],
  run(trace) {
    const order = orderAt(trace);
    if (!order) return skip(title, "the scenario recorded no 'order' pay call");
    return judgeRetries(
      notifiesOf(trace, order),
      {
        title,
        needsRetry: (answer) => answer === "bad-signature",
        hint:
          "Verify the Signature of Alipay+'s acknowledgement (over `POST <path>\\n<Client-Id>.<Response-Time>.<body>` with Alipay+'s " +
          "public key) before taking its result S as delivered; an acknowledgement that does not verify means 'not delivered': retry.",
        notExercised:
          "no notifyPayment attempt for the order was answered with a badly signed acknowledgement (the MPP stopped earlier or the scenario did not get there)",
      },
      trace.finishedAt,
    );
  },
});
