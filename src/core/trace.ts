/**
 * A Trace is everything a scenario saw, in order: the record that checks judge, reports render
 * and a user replays. It is plain data (JSON-serialisable) so it can be saved and re-judged.
 */
import type { Feature } from "../../generated/rules";
import type { Operation } from "../../generated/validate";
import type { StepLabel, TraceName } from "./scenarioNames";

/** The four Easy Pay APIs. pay and inquiryPayment are served by the MPP; the others by Alipay+. */

export interface RecordedMessage {
  /** Header names lower-cased. */
  headers: Record<string, string>;
  /** The raw body as UTF-8 text, exactly as it went over the wire (capped; see `truncated`). */
  body: string;
  /** The parsed body when it was JSON. */
  json?: unknown;
  truncated?: boolean;
}

export interface SignatureVerdict {
  /** Whether a Signature header was present and parseable. */
  present: boolean;
  valid: boolean;
  /** Why it is not valid, in words a person can act on. */
  problem?: string;
}

/**
 * One HTTP exchange. `to-mpp`: the kit (as Alipay+) called the target; `from-mpp`: the target
 * called the kit's simulator (a callback).
 */
export interface Exchange {
  /** Unique within the trace, e.g. "x7"; findings cite it as evidence. */
  id: string;
  /** The scenario step that caused it, e.g. "evaluation", "order", "inquiry" (src/core/scenarioNames.ts). */
  step: StepLabel;
  direction: "to-mpp" | "from-mpp";
  /** undefined for calls outside the four APIs (e.g. a callback to an unknown path). */
  api: Operation | undefined;
  method: string;
  url: string;
  /** The paymentRequestId the exchange belongs to, when known. */
  paymentRequestId?: string;
  startedAt: number;
  durationMs: number;
  request: RecordedMessage;
  response?: RecordedMessage & { status: number };
  /** Transport failure: no (complete) response arrived. */
  error?: { kind: "refused" | "timeout" | "reset" | "too-large" | "other"; message: string };
  /**
   * For to-mpp: the verdict on the target's response signature.
   * For from-mpp: the verdict on the target's request signature.
   */
  signature?: SignatureVerdict;
  /**
   * For from-mpp: the request body judged against the spec (generated/validate.ts), as the
   * simulator saw it on arrival; absent when the body was not JSON or no validator was built.
   */
  schema?: { valid: boolean; errors: { path: string; message: string }[] };
  /** For from-mpp: how the simulator was told to answer ("S", "U", "F", "http-500", "no-answer", "bad-signature"). */
  answeredWith?: string;
}

/** What happened on the verification page, as a driver saw it. */
export interface VerificationRecord {
  step: StepLabel;
  paymentRequestId: string;
  driver: string;
  paymentUrl: string;
  /** What the scenario asked for. */
  intended: "success" | "fail" | "resend-then-success" | "old-code-after-resend";
  /** The page answered with HTML (status 200, text/html). */
  pageServed: boolean;
  pageProblem?: string;
  /** Why the driver could not tell whether the page was served (its own failure, e.g. a browser crash). */
  pageUnjudged?: string;
  /** The request's paymentRedirectUrl, as sent in pay. */
  expectedRedirectBase: string;
  /** The URL the browser was finally sent to under the redirect base, if any. */
  landedAt?: string;
  /** Whether a resend was requested and refused or accepted. */
  resend?: {
    requested: boolean;
    accepted: boolean;
    oldCodeRefused?: boolean;
    /** The resend sent a new SMS (a later sentAt in the outbox) carrying the same code. */
    sameCode?: boolean;
    problem?: string;
  };
  /** Screenshots (paths under reports/) kept as evidence. */
  screenshots: string[];
  /** Driver-level failure, e.g. a step that found nothing to click. */
  error?: string;
  /**
   * The MPP left the user on a page with no way on (no form, no link, no redirect, nothing that
   * moved on within the settle time): what happened and what the page said. The MPP's failure.
   */
  deadEnd?: string;
  durationMs: number;
}

export interface Trace {
  scenario: TraceName;
  target: { baseUrl: string };
  /** Optional behaviours the target declared in its config. */
  features: Feature[];
  startedAt: number;
  finishedAt?: number;
  exchanges: Exchange[];
  verifications: VerificationRecord[];
  /** Free-form notes of the scenario (e.g. "stopped polling after 12 inquiries"). */
  notes: string[];
}
