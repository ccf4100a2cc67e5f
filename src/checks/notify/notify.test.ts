import type { Exchange } from "../../core/trace";
import { clean, NOTIFY_URL, ORDER_ID, PAY_TO_AMOUNT } from "../testing/samples";
import { call, callback, trace } from "../testing/traceBuilder";
import { findingsOf, verdictOf } from "../testing/verdictOf";
import { notifyAgreesWithInquiry } from "./agreesWithInquiry";
import { notifyClosedAfterExpiry } from "./closedAfterExpiry";
import { notifyMatchesOrder } from "./matchesOrder";
import { notifyNeverUnknown } from "./neverUnknown";
import { notifyRetriedUntilAcknowledged } from "./retriedUntilAcknowledged";
import { notifyRetrySameContent } from "./retrySameContent";
import { notifySameParties } from "./sameParties";
import { notifySentOnFinal } from "./sentOnFinal";
import { notifyStopsAfterAcknowledgement } from "./stopsAfterAcknowledgement";
import { notifyUrlFromRequest } from "./urlFromRequest";
import { notifyVerifiesAcknowledgementSignature } from "./verifiesAcknowledgementSignature";

const order = (response: unknown = clean.orderResponse) => call("order", "pay", clean.orderRequest(), response);
const inquiry = (paymentResult = clean.ok()) =>
  call("inquiry", "inquiryPayment", clean.inquiryRequest, clean.inquiryResponse(paymentResult));
const notify = (body: Record<string, unknown> = clean.notify(), answeredWith = "S", extra: Partial<Exchange> = {}) =>
  callback("notifyPayment", body, answeredWith, { url: NOTIFY_URL, ...extra });
const failed = clean.ok("USER_PAYMENT_VERIFICATION_FAILED", "F");
const closed = clean.ok("ORDER_IS_CLOSED", "F");
const evaluationNotify = notify(
  { ...clean.notify(), paymentRequestId: "evaluation-1", paymentId: "evaluation-payment" },
  "S",
  { paymentRequestId: "evaluation-1" },
);
const withEvaluation = (...exchanges: Exchange[]) => [
  call("evaluation", "pay", { ...clean.orderRequest(), paymentRequestId: "evaluation-1" }, { result: clean.ok() }),
  ...exchanges,
];
/** Attempts answered in turn, each starting after the previous one ended. */
const attempts = (answers: string[], body = () => clean.notify()) =>
  answers.map((answer, i) => ({ ...notify(body(), answer), startedAt: 1000 + i * 100, durationMs: 10 }));

describe("notify.sent-on-final", () => {
  test.each([
    {
      name: "notified after a final inquiry",
      given: trace("happy-path", [order(), inquiry(), notify()]),
      want: "pass",
    },
    {
      name: "final inquiry, no notification (fault notify-not-sent)",
      given: trace("happy-path", [order(), inquiry()]),
      want: "fail",
    },
    {
      name: "failed verification, no notification",
      given: trace("verification-failed", [order(), inquiry(failed)]),
      want: "fail",
    },
    {
      name: "only the evaluation was notified",
      given: trace("happy-path", withEvaluation(order(), inquiry(), evaluationNotify)),
      want: "fail",
    },
    {
      name: "never final: not due",
      given: trace("happy-path", [order(), inquiry(clean.ok("PAYMENT_IN_PROCESS", "U"))]),
      want: "skip",
    },
    {
      name: "order refused: not due",
      given: trace("happy-path", [order({ result: clean.ok("USER_NOT_EXIST", "F") })]),
      want: "skip",
    },
  ])("$name → $want", ({ given, want }) => expect(verdictOf(notifySentOnFinal, given)).toBe(want));

  test("a missing notification says how long the kit listened after the payment became final", () => {
    const final = inquiry();
    const given = trace("happy-path", [order(), final], { finishedAt: final.startedAt + final.durationMs + 60_000 });
    const [finding] = findingsOf(notifySentOnFinal, given);
    expect(finding?.received).toMatch(/in the 60\.0 s the kit kept listening after that$/);
    expect(finding?.hint).toMatch(/raise timing\.callbackWaitMs/);
  });
});

describe("notify.never-unknown", () => {
  test.each([
    { name: "S", given: trace("happy-path", [notify()]), want: "pass" },
    { name: "F", given: trace("verification-failed", [notify(clean.notify(failed))]), want: "pass" },
    {
      name: "U PAYMENT_IN_PROCESS (fault notify-as-unknown)",
      given: trace("happy-path", [notify(clean.notify(clean.ok("PAYMENT_IN_PROCESS", "U")))]),
      want: "fail",
    },
    {
      name: "no paymentResult",
      given: trace("happy-path", [notify({ ...clean.notify(), paymentResult: undefined })]),
      want: "fail",
    },
    { name: "no notifications", given: trace("happy-path", [order()]), want: "skip" },
  ])("$name → $want", ({ given, want }) => expect(verdictOf(notifyNeverUnknown, given)).toBe(want));
});

describe("notify.matches-order", () => {
  test.each([
    { name: "all four fields as the order", given: trace("happy-path", [order(), notify()]), want: "pass" },
    {
      name: "amount one unit higher (fault notify-wrong-amount)",
      given: trace("happy-path", [
        order(),
        notify({ ...clean.notify(), paymentAmount: { currency: "IDR", value: "5001" } }),
      ]),
      want: "fail",
    },
    {
      name: "another paymentId",
      given: trace("happy-path", [order(), notify({ ...clean.notify(), paymentId: "2" })]),
      want: "fail",
    },
    {
      name: "no customerId",
      given: trace("happy-path", [order(), notify({ ...clean.notify(), customerId: undefined })]),
      want: "fail",
    },
    {
      name: "a paymentRequestId the kit never sent",
      given: trace("happy-path", [
        order(),
        notify({ ...clean.notify(), paymentRequestId: "999" }, "S", { paymentRequestId: "999" }),
      ]),
      want: "fail",
    },
    {
      name: "the evaluation's stray notification is eval.no-notification's",
      given: trace("happy-path", withEvaluation(order(), notify(), evaluationNotify)),
      want: "pass",
    },
    { name: "no notification", given: trace("happy-path", [order()]), want: "skip" },
    {
      name: "the two amounts swapped",
      given: trace("happy-path", [
        order(),
        notify({ ...clean.notify(), paymentAmount: PAY_TO_AMOUNT, payToAmount: clean.notify().paymentAmount }),
      ]),
      want: "fail",
    },
    {
      name: "payToAmount another value",
      given: trace("happy-path", [
        order(),
        notify({ ...clean.notify(), payToAmount: { ...PAY_TO_AMOUNT, value: "1" } }),
      ]),
      want: "fail",
    },
    {
      name: "payToAmount left out (optional in a notification)",
      given: trace("happy-path", [order(), notify({ ...clean.notify(), payToAmount: undefined })]),
      want: "pass",
    },
    {
      name: "pay said customerId \"\" (no-empty-strings' to report): the inquiry's customerId is the order's",
      given: trace("happy-path", [order({ ...clean.orderResponse, customerId: "" }), inquiry(), notify()]),
      want: "pass",
    },
  ])("$name → $want", ({ given, want }) => expect(verdictOf(notifyMatchesOrder, given)).toBe(want));

  test("a swap is named as such", () => {
    const findings = findingsOf(
      notifyMatchesOrder,
      trace("happy-path", [
        order(),
        notify({ ...clean.notify(), paymentAmount: PAY_TO_AMOUNT, payToAmount: clean.notify().paymentAmount }),
      ]),
    );
    expect(findings.map((f) => f.title)).toEqual([
      expect.stringContaining("paymentAmount is the order's payToAmount (the two amounts swapped)"),
      expect.stringContaining("payToAmount is the order's paymentAmount (the two amounts swapped)"),
    ]);
  });

  test("the fail says which field and both values", () => {
    const [finding] = findingsOf(
      notifyMatchesOrder,
      trace("happy-path", [order(), notify({ ...clean.notify(), paymentAmount: { currency: "IDR", value: "5001" } })]),
    );
    expect(finding).toMatchObject({
      expected: expect.stringContaining('"value":"5000"'),
      received: expect.stringContaining('"value":"5001"'),
      evidence: [{ path: "$.paymentAmount", side: "request", api: "notifyPayment" }],
    });
  });
});

describe("notify.agrees-with-inquiry", () => {
  test.each([
    { name: "both S SUCCESS", given: trace("happy-path", [order(), inquiry(), notify()]), want: "pass" },
    {
      name: "both F with the same code",
      given: trace("verification-failed", [order(), inquiry(failed), notify(clean.notify(failed))]),
      want: "pass",
    },
    {
      name: "notify F, inquiry S (fault notify-disagrees-with-inquiry)",
      given: trace("happy-path", [order(), inquiry(), notify(clean.notify(clean.ok("PROCESS_FAIL", "F")))]),
      want: "fail",
    },
    {
      name: "same status, another code",
      given: trace("verification-failed", [
        order(),
        inquiry(failed),
        notify(clean.notify(clean.ok("RISK_REJECT", "F"))),
      ]),
      want: "fail",
    },
    { name: "inquiry never final", given: trace("happy-path", [order(), notify()]), want: "skip" },
  ])("$name → $want", ({ given, want }) => expect(verdictOf(notifyAgreesWithInquiry, given)).toBe(want));
});

describe("notify.url-from-request", () => {
  test.each([
    { name: "at the order's paymentNotifyUrl", given: trace("happy-path", [order(), notify()]), want: "pass" },
    {
      name: "another host name, same path",
      given: trace("happy-path", [
        order(),
        notify(clean.notify(), "S", { url: NOTIFY_URL.replace("127.0.0.1", "localhost") }),
      ]),
      want: "pass",
    },
    {
      name: "at the default URL (fault notify-ignores-notify-url)",
      given: trace("happy-path", [
        order(),
        notify(clean.notify(), "S", { url: "http://127.0.0.1:2/aps/api/v1/payments/notifyPayment" }),
      ]),
      want: "fail",
    },
    {
      name: "the order gave no paymentNotifyUrl",
      given: trace("happy-path", [
        call("order", "pay", { ...clean.orderRequest(), paymentNotifyUrl: undefined }, clean.orderResponse),
        notify(),
      ]),
      want: "skip",
    },
  ])("$name → $want", ({ given, want }) => expect(verdictOf(notifyUrlFromRequest, given)).toBe(want));
});

describe("notify retries (callback-retries)", () => {
  const script = ["U", "F", "http-500", "no-answer", "bad-signature", "S"];
  const retries = (answers: string[], body?: () => Record<string, unknown>) =>
    trace("callback-retries", [order(), ...attempts(answers, body)]);

  test.each([
    { name: "retried through everything", given: retries(script), want: "pass" },
    { name: "sent once (fault notify-not-retried)", given: retries(["U"]), want: "fail" },
    { name: "gave up after no answer", given: retries(["U", "F", "http-500", "no-answer"]), want: "fail" },
    {
      name: "took a badly signed S as delivered (that is the SHOULD rule's)",
      given: retries(script.slice(0, 5)),
      want: "pass",
    },
    { name: "no notification", given: retries([]), want: "skip" },
  ])("retried-until-acknowledged: $name → $want", ({ given, want }) =>
    expect(verdictOf(notifyRetriedUntilAcknowledged, given)).toBe(want),
  );

  test.each([
    { name: "retried after the badly signed S", given: retries(script), want: "pass" },
    {
      name: "stopped at the badly signed S (fault notify-ack-signature-ignored)",
      given: retries(script.slice(0, 5)),
      want: "fail",
    },
    { name: "never got that far", given: retries(["U"]), want: "skip" },
  ])("verifies-acknowledgement-signature: $name → $want", ({ given, want }) =>
    expect(verdictOf(notifyVerifiesAcknowledgementSignature, given)).toBe(want),
  );

  let n = 0;
  const drifting = () => ({ ...clean.notify(), paymentAmount: { currency: "IDR", value: String(5000 + n++) } });
  test.each([
    {
      name: "identical attempts (resultMessage may vary)",
      given: retries(["U", "S"], () => ({
        ...clean.notify(),
        paymentResult: { ...clean.ok(), resultMessage: `try ${n++}` },
      })),
      want: "pass",
    },
    {
      name: "amount changes on every retry (fault notify-retry-changes-content)",
      given: retries(["U", "F", "S"], drifting),
      want: "fail",
    },
    { name: "one attempt only", given: retries(["S"]), want: "skip" },
  ])("retry-same-content: $name → $want", ({ given, want }) =>
    expect(verdictOf(notifyRetrySameContent, given)).toBe(want),
  );

  test.each([
    { name: "nothing after the S", given: retries(script), want: "pass" },
    { name: "one more after the S (fault notify-repeated-after-ack)", given: retries([...script, "S"]), want: "fail" },
    {
      name: "happy-path: one more after the S",
      given: trace("happy-path", [order(), ...attempts(["S", "S"])]),
      want: "fail",
    },
    {
      name: "an attempt that started while the S was in flight",
      given: trace("happy-path", [
        order(),
        { ...notify(), startedAt: 10, durationMs: 50 },
        { ...notify(), startedAt: 30, durationMs: 5 },
      ]),
      want: "pass",
    },
    { name: "never acknowledged", given: retries(["U", "F"]), want: "skip" },
  ])("stops-after-acknowledgement: $name → $want", ({ given, want }) =>
    expect(verdictOf(notifyStopsAfterAcknowledgement, given)).toBe(want),
  );

  test("a missing retry says what each attempt got", () => {
    const [finding] = findingsOf(notifyRetriedUntilAcknowledged, retries(["U", "F", "http-500", "no-answer"]));
    expect(finding?.received).toBe(
      "4 attempt(s): result U, result F, HTTP 500, no answer (the simulator held the connection open); nothing after the last",
    );
  });

  test("a missing retry says how long the kit listened for it, and which setting waits longer", () => {
    // The last attempt (U) ends at 1110; the scenario ended 60 s later.
    const given = { ...retries(["U", "F"]), finishedAt: 61_110 };
    const [finding] = findingsOf(notifyRetriedUntilAcknowledged, given);
    expect(finding?.received).toBe(
      "2 attempt(s): result U, result F; nothing after the last in the 60.0 s the kit kept listening",
    );
    expect(finding?.hint).toMatch(/raise timing\.callbackWaitMs/);
  });
});

describe("notify.closed-after-expiry", () => {
  test.each([
    { name: "F ORDER_IS_CLOSED", given: trace("expiry", [order(), notify(clean.notify(closed))]), want: "pass" },
    {
      name: "F PROCESS_FAIL (fault expiry-notified-generic)",
      given: trace("expiry", [order(), notify(clean.notify(clean.ok("PROCESS_FAIL", "F")))]),
      want: "fail",
    },
    { name: "no notification", given: trace("expiry", [order()]), want: "skip" },
    {
      name: "feature not declared",
      given: trace("expiry", [order(), notify(clean.notify(clean.ok("PROCESS_FAIL", "F")))], { features: [] }),
      want: "skip",
    },
  ])("$name → $want", ({ given, want }) => expect(verdictOf(notifyClosedAfterExpiry, given)).toBe(want));
});

test("the order id of the samples is the one the notifications carry", () => {
  expect(clean.notify().paymentRequestId).toBe(ORDER_ID);
});

describe("notify.same-parties", () => {
  const swapped = { ...clean.notify(), acquirerId: clean.notify().pspId, pspId: clean.notify().acquirerId };
  test.each([
    { name: "the order's acquirerId and pspId", given: trace("happy-path", [order(), notify()]), want: "pass" },
    {
      name: "the two swapped (fault notify-swaps-acquirer-and-psp)",
      given: trace("happy-path", [order(), notify(swapped)]),
      want: "fail",
    },
    {
      name: "neither given, as in the seed's sample: no evidence",
      given: trace("happy-path", [order(), notify({ ...clean.notify(), acquirerId: undefined, pspId: undefined })]),
      want: "skip",
    },
    { name: "no notification", given: trace("happy-path", [order()]), want: "skip" },
  ])("$name → $want", ({ given, want }) => expect(verdictOf(notifySameParties, given)).toBe(want));

  test("a swap is named as such", () => {
    const findings = findingsOf(notifySameParties, trace("happy-path", [order(), notify(swapped)]));
    expect(findings.map((f) => f.title)).toEqual([
      expect.stringContaining("acquirerId is the order's pspId (the two swapped)"),
      expect.stringContaining("pspId is the order's acquirerId (the two swapped)"),
    ]);
  });
});
