/**
 * The kit's one secret masker. Access and refresh tokens, security codes, PINs, SMS codes and
 * private keys never appear in clear in a finding, a log or a report: they end up in CI logs and
 * HTML files. They are masked wherever they appear in a recorded body, parsed or raw.
 */
import type { Exchange, RecordedMessage, Trace, VerificationRecord } from "./trace";

const SECRET_KEY = /^(accessToken|refreshToken|authCode|securityCode|pin|smsCode|otp|otpCode|code|privateKey)$/i;
// The same keys inside raw JSON text, including JSON nested in a string (passThroughInfo): \"key\":\"value\".
const SECRET_IN_TEXT =
  /(\\?"(?:accessToken|refreshToken|authCode|securityCode|pin|smsCode|otp|otpCode|code|privateKey)\\?"\s*:\s*\\?")([^"\\]*)/gi;
const PEM = /-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]*?-----END [A-Z ]*PRIVATE KEY-----/g;

/** Shows enough to tell two secrets apart, never enough to use one. */
export function mask(secret: string): string {
  return secret.length <= 4 ? "****" : `${secret.slice(0, 4)}…(${secret.length} chars)`;
}

/** A value that may be a secret, masked; a non-string is shown as JSON (it is no usable secret). */
export function maskValue(value: unknown): string {
  return typeof value === "string" ? mask(value) : (JSON.stringify(value) ?? "undefined");
}

/** One-line JSON of a value for a failure message, secrets masked, capped. */
export function show(value: unknown, max = 300): string {
  if (value === undefined) return "absent";
  const text = JSON.stringify(redactJson(value)) ?? String(value);
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

export function redactText(text: string): string {
  return text
    .replace(SECRET_IN_TEXT, (_m, head: string, value: string) => `${head}${mask(value)}`)
    .replace(PEM, "<private key redacted>");
}

export function redactJson(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(redactJson);
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value).map(([key, inner]) => [
        key,
        SECRET_KEY.test(key) && typeof inner === "string" ? mask(inner) : redactJson(inner),
      ]),
    );
  }
  return typeof value === "string" ? redactText(value) : value;
}

function redactMessage<M extends RecordedMessage>(message: M): M {
  const headers = { ...message.headers };
  if (headers.signature) headers.signature = headers.signature.replace(/signature=.*$/, "signature=<redacted>");
  return {
    ...message,
    headers,
    body: redactText(message.body),
    ...(message.json !== undefined ? { json: redactJson(message.json) } : {}),
  };
}

export function redactExchange(exchange: Exchange): Exchange {
  return {
    ...exchange,
    url: redactText(exchange.url),
    request: redactMessage(exchange.request),
    ...(exchange.response ? { response: redactMessage(exchange.response) } : {}),
  };
}

/** Free text (notes, driver errors) can quote a page or a body; it gets the same masking. */
function redactRecord(record: VerificationRecord): VerificationRecord {
  const text = (value: string | undefined) => (value === undefined ? undefined : redactText(value));
  return {
    ...record,
    ...(record.error !== undefined ? { error: text(record.error) } : {}),
    ...(record.pageProblem !== undefined ? { pageProblem: text(record.pageProblem) } : {}),
    // Both quote the page the driver was left on.
    ...(record.deadEnd !== undefined ? { deadEnd: text(record.deadEnd) } : {}),
    ...(record.pageUnjudged !== undefined ? { pageUnjudged: text(record.pageUnjudged) } : {}),
    ...(record.resend?.problem !== undefined
      ? { resend: { ...record.resend, problem: text(record.resend.problem) } }
      : {}),
  };
}

export function redactTrace(trace: Trace): Trace {
  return {
    ...trace,
    exchanges: trace.exchanges.map(redactExchange),
    verifications: trace.verifications.map(redactRecord),
    notes: trace.notes.map(redactText),
  };
}
