import { call, inquiryAnswer, inquiryRequest, notFound, orderRequest, pending, result } from "../testing/bodies";
import { trace } from "../testing/traceBuilder";
import { findingsOf, verdictOf } from "../testing/verdictOf";
import { scopeAcquirer } from "./acquirer";
import { scopePsp } from "./psp";

const scoping = (acquirerAnswer: unknown, pspAnswer: unknown, orderAnswer: unknown = pending()) =>
  trace("inquiry-scoping", [
    call("unknown-order", "inquiryPayment", inquiryRequest("nope"), notFound),
    call("order", "pay", orderRequest("o1"), orderAnswer),
    call(
      "other-acquirer",
      "inquiryPayment",
      inquiryRequest("o1", { acquirerId: "1022188000000000002" }),
      acquirerAnswer,
    ),
    call("other-psp", "inquiryPayment", inquiryRequest("o1", { pspId: "1022160000000000001" }), pspAnswer),
  ]);
const visible = inquiryAnswer("U", "PAYMENT_IN_PROCESS");

describe.each([
  { check: scopeAcquirer, leak: scoping(visible, notFound) },
  { check: scopePsp, leak: scoping(notFound, visible) },
])("$check.rule", ({ check, leak }) => {
  test.each([
    { name: "hidden (ORDER_NOT_EXIST)", given: scoping(notFound, notFound), want: "pass" },
    { name: "visible under the other id", given: leak, want: "fail" },
    {
      name: "hidden with another code: inquiry.unknown-order's",
      given: scoping(result("F", "ACCESS_DENIED"), result("F", "ACCESS_DENIED")),
      want: "skip",
    },
    { name: "no order was created", given: scoping(notFound, notFound, result("F", "RISK_REJECT")), want: "skip" },
  ])("$name → $want", ({ given, want }) => expect(verdictOf(check, given)).toBe(want));

  test("the fail cites the inquiry and the order", () => {
    const [finding] = findingsOf(check, leak);
    expect(finding?.evidence.map((e) => e.step)).toEqual([
      check.rule === "scope.acquirer" ? "other-acquirer" : "other-psp",
      "order",
    ]);
    expect(finding?.hint).toMatch(/acquirerId, pspId and paymentRequestId together/);
  });
});
