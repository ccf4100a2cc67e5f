/**
 * Secrets the target sends (tokens) must never appear in clear in a finding: findings end up in
 * CI logs and HTML reports. Mask them to their first 4 characters.
 */
const secretKeys = new Set(["accessToken", "refreshToken", "securityCode", "authCode"]);

export function maskSecret(value: unknown): string {
  if (typeof value !== "string") return JSON.stringify(value) ?? "undefined";
  return value.length <= 4 ? "…" : `${value.slice(0, 4)}…`;
}

/** A deep copy of a JSON value with every secret field masked. */
export function redactSecrets(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(redactSecrets);
  if (value === null || typeof value !== "object") return value;
  return Object.fromEntries(
    Object.entries(value as Record<string, unknown>).map(([key, inner]) => [key, secretKeys.has(key) ? maskSecret(inner) : redactSecrets(inner)]),
  );
}

/** One-line JSON of a value, secrets masked, capped for messages. */
export function show(value: unknown, max = 300): string {
  if (value === undefined) return "absent";
  const text = JSON.stringify(redactSecrets(value)) ?? String(value);
  return text.length > max ? `${text.slice(0, max)}…` : text;
}
