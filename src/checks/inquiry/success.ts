import { describeReading, readPaymentResult } from "../common/answers";
import { exchangesFor, lastInquiry } from "../common/order";
import { evidenceOfRecord, incomplete, noVerificationReason } from "../common/verifications";
import { defineCheck, fail, pass, skip } from "../defineCheck";
import { evidenceOf } from "../traceQueries";

const title =
  "After a successful verification, inquiryPayment reaches paymentResult S SUCCESS within the polling schedule";

/** inquiry.success (seed step 4 (docs/alipayplus/easy-pay-flow.md#step-4-payment-result); docs/alipayplus/inquiry-payment.md#inquiry-payment): the last poll after a verification meant to succeed. */
export const inquirySuccess = defineCheck({
  rule: "inquiry.success",
  title,
  scenarios: ["happy-path", "one-click", "sms-resend", "callback-retries"],
  run(trace) {
    const record = trace.verifications.find((r) => r.intended === "success" || r.intended === "resend-then-success");
    if (!record) return skip(title, noVerificationReason(trace));
    const why =
      incomplete(record) ??
      (record.intended === "resend-then-success" && !record.resend?.accepted
        ? "no new SMS code was issued (verify.sms-resend reports it)"
        : undefined);
    if (why) return skip(title, why);
    const last = lastInquiry(trace, record.paymentRequestId);
    if (!last) return skip(title, "no inquiry followed the verification");
    const reading = readPaymentResult(last);
    if (reading.kind === "unjudged") return skip(title, reading.reason);
    if (reading.kind === "read" && reading.status === "S" && reading.code === "SUCCESS")
      return pass(title, evidenceOf(last, "$.paymentResult"));
    const polls = exchangesFor(trace, "inquiryPayment", record.paymentRequestId).filter(
      (x) => x.step === "inquiry",
    ).length;
    const received = `${reading.kind === "read" ? `paymentResult ${describeReading(reading)}` : reading.received} after ${polls} inquir${polls === 1 ? "y" : "ies"}`;
    return fail({
      title: `the verified payment was reported as ${received}`,
      expected: "paymentResult S SUCCESS within the polling schedule",
      received,
      hint:
        reading.kind === "read" && reading.status === "U"
          ? "Mark the payment successful as soon as the verification succeeds (and the funds are taken), and report paymentResult S SUCCESS from then on; Alipay+ gives up after its last poll (12 × 10 s in the seed)."
          : "A payment whose verification succeeded must be reported as paymentResult {resultStatus: S, resultCode: SUCCESS}.",
      evidence: [evidenceOf(last, "$.paymentResult"), evidenceOfRecord(record)],
    });
  },
});
