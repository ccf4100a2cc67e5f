/**
 * Builds hand-made traces for check tests: `given` a few exchanges, `want` a verdict.
 * Only for tests; scenarios record real traces.
 */

import type { Feature } from "../../../generated/rules";
import type { CallbackOperation, Operation } from "../../../generated/validate";
import type { StepLabel, TraceName } from "../../core/scenarioNames";
import type { Exchange, Trace, VerificationRecord } from "../../core/trace";

let counter = 0;

export function trace(scenario: TraceName, exchanges: Exchange[], extra: Partial<Trace> = {}): Trace {
  return {
    scenario,
    target: { baseUrl: "http://127.0.0.1:1" },
    features: ["oneClickAuthorization", "paymentExpiry", "smsResend"] as Feature[],
    startedAt: 0,
    exchanges,
    verifications: [],
    notes: [],
    ...extra,
  };
}

const json = (value: unknown) => ({
  headers: { "content-type": "application/json" },
  body: JSON.stringify(value),
  json: value,
});

/** The kit called the target: `api` at `step`, sent `request`, got `response` (HTTP 200 unless given). */
export function call(
  step: StepLabel,
  api: Operation,
  request: unknown,
  response: unknown,
  options: { status?: number; durationMs?: number; signature?: Exchange["signature"]; paymentRequestId?: string } = {},
): Exchange {
  counter += 1;
  const requestId = (request as { paymentRequestId?: string } | undefined)?.paymentRequestId;
  return {
    id: `x${counter}`,
    step,
    direction: "to-mpp",
    api,
    method: "POST",
    url: `http://127.0.0.1:1/aps/api/v1/payments/${api}`,
    paymentRequestId: options.paymentRequestId ?? requestId,
    startedAt: counter,
    durationMs: options.durationMs ?? 5,
    request: json(request),
    response: { status: options.status ?? 200, ...json(response) },
    signature: options.signature ?? { present: true, valid: true },
  };
}

/** The target called the simulator with `body`; the simulator answered `answeredWith`. */
export function callback(
  api: CallbackOperation,
  body: unknown,
  answeredWith = "S",
  extra: Partial<Exchange> = {},
): Exchange {
  counter += 1;
  return {
    id: `x${counter}`,
    step: "callback",
    direction: "from-mpp",
    api,
    method: "POST",
    url: `http://127.0.0.1:2/aps/api/v1/payments/${api}`,
    paymentRequestId: (body as { paymentRequestId?: string } | undefined)?.paymentRequestId,
    startedAt: counter,
    durationMs: 1,
    request: json(body),
    response: {
      status: 200,
      ...json({ result: { resultCode: "SUCCESS", resultStatus: "S", resultMessage: "success" } }),
    },
    signature: { present: true, valid: true },
    answeredWith,
    ...extra,
  };
}

export function verification(
  record: Partial<VerificationRecord> & Pick<VerificationRecord, "intended">,
): VerificationRecord {
  return {
    step: "verification",
    paymentRequestId: "1",
    driver: "form",
    paymentUrl: "http://127.0.0.1:1/verify/1",
    pageServed: true,
    expectedRedirectBase: "http://127.0.0.1:2/result/1?ps=EASY_PAY",
    screenshots: [],
    durationMs: 1,
    ...record,
  };
}
