import { describeReading, readPaymentResult } from "../common/answers";
import { lastInquiry } from "../common/order";
import { evidenceOfRecord, incomplete, noVerificationReason } from "../common/verifications";
import { defineCheck, fail, pass, skip } from "../defineCheck";
import { evidenceOf } from "../traceQueries";

const title = "After a failed verification, inquiryPayment answers paymentResult F with a specific code";
const generic = new Set(["PROCESS_FAIL", "UNKNOWN_EXCEPTION", "SUCCESS", "PAYMENT_IN_PROCESS"]);

/** inquiry.failure (docs/alipayplus/inquiry-payment.md#inquiry-payment, failed): the last poll after a verification meant to fail. */
export const inquiryFailure = defineCheck({
  rule: "inquiry.failure",
  title,
  scenarios: ["verification-failed"],
  run(trace) {
    const record = trace.verifications.find((r) => r.intended === "fail");
    if (!record) return skip(title, noVerificationReason(trace));
    const why = incomplete(record);
    if (why) return skip(title, why);
    const last = lastInquiry(trace, record.paymentRequestId);
    if (!last) return skip(title, "no inquiry followed the verification");
    const reading = readPaymentResult(last);
    if (reading.kind === "unjudged") return skip(title, reading.reason);
    if (reading.kind === "read" && reading.status === "F" && reading.code && !generic.has(reading.code))
      return pass(title, evidenceOf(last, "$.paymentResult"));
    const received = reading.kind === "read" ? `paymentResult ${describeReading(reading)}` : reading.received;
    return fail({
      title: `the payment whose verification failed was reported as ${received}`,
      expected: "paymentResult F with the reason, e.g. USER_PAYMENT_VERIFICATION_FAILED",
      received,
      hint:
        reading.kind === "read" && reading.status === "F"
          ? "Report why the payment failed with a specific code (USER_PAYMENT_VERIFICATION_FAILED for a failed verification), not a generic one."
          : "When verification fails for good (wrong PIN/code too often, or the user gave up), close the payment as failed and report paymentResult F USER_PAYMENT_VERIFICATION_FAILED; U keeps Alipay+ polling for nothing.",
      evidence: [evidenceOf(last, "$.paymentResult"), evidenceOfRecord(record)],
    });
  },
});
