import { describeReading, readResult } from "../common/answers";
import { type Judgement, judgeEach, where } from "../common/judgeEach";
import { orderAt } from "../common/order";
import { defineCheck } from "../defineCheck";
import { exchangesAt } from "../traceQueries";

const title = "An order that needs verification is answered U PAYMENT_IN_PROCESS with a paymentUrl and a paymentId";

/**
 * order.in-process-fields (seed step 2 (docs/alipayplus/easy-pay-flow.md#step-2-order)): the payable account's "order" in every scenario that
 * makes one. An S is order.never-success's; a status in the wrong case values.status-uppercase's
 * (the seed's own "u" sample is skipped here, never passed).
 */
export const orderInProcessFields = defineCheck({
  rule: "order.in-process-fields",
  title,
  scenarios: [
    "happy-path",
    "one-click",
    "verification-failed",
    "idempotency",
    "inquiry-scoping",
    "expiry",
    "sms-resend",
    "callback-retries",
  ],
  run: (trace) =>
    judgeEach(
      title,
      exchangesAt(trace, "order", "pay"),
      (x): Judgement => {
        const reading = readResult(x);
        if (reading.kind === "unjudged") return { skip: reading.reason };
        if (reading.kind === "read" && reading.status === "S")
          return { skip: `${x.step}: answered S (order.never-success reports it)` };
        const order = orderAt(trace)?.exchange === x ? orderAt(trace) : undefined;
        const missing = [
          reading.kind === "read" && reading.status === "U" ? undefined : "resultStatus U",
          reading.kind === "read" && reading.code === "PAYMENT_IN_PROCESS"
            ? undefined
            : "resultCode PAYMENT_IN_PROCESS",
          order?.paymentUrl ? undefined : "paymentUrl",
          order?.paymentId ? undefined : "paymentId",
        ].filter((m): m is string => m !== undefined);
        if (missing.length === 0) return "holds";
        const received = `${reading.kind === "read" ? describeReading(reading) : reading.received}${order?.paymentUrl ? "" : ", no paymentUrl"}${order?.paymentId ? "" : ", no paymentId"}`;
        return {
          title: `${where(x)}: the pending order lacks ${missing.join(", ")}`,
          expected: "result U PAYMENT_IN_PROCESS, a paymentUrl (the verification page) and a paymentId",
          received,
          hint:
            reading.kind === "read" && reading.status === "F"
              ? "The configured payable account was refused at order creation. If it can pay, create the order and answer U PAYMENT_IN_PROCESS with the verification page's paymentUrl and the new paymentId."
              : "Answer order creation with result {resultCode: PAYMENT_IN_PROCESS, resultStatus: U}, the paymentUrl of the verification page Alipay+ will open, and the paymentId you assigned.",
          path: missing.some((m) => m.startsWith("result")) ? "$.result" : `$.${missing[0]}`,
        };
      },
      "no 'order' pay call was recorded",
    ),
});
