/**
 * Where the browser goes after verification (seed step 3 (docs/alipayplus/easy-pay-flow.md#step-3-verification)): the request's paymentRedirectUrl
 * with `status=success|fail` added. The URL is extended as text, not re-serialised: URL and
 * URLSearchParams would re-encode the seed's `%2B%2F%3D%26%26` and break the signature-like
 * values Alipay+ put in its own query.
 */
import type { FaultSet } from "../faults";

export type RedirectStatus = "success" | "fail";

export function redirectTarget(base: string, status: RedirectStatus, faults: FaultSet): string {
  if (faults.has("redirect-without-status")) return base;
  const shown: RedirectStatus = faults.has("redirect-always-success") ? "success" : status;
  if (faults.has("redirect-drops-query")) {
    const url = new URL(base);
    return `${url.origin}${url.pathname}?status=${shown}`;
  }
  return appendQueryParameter(base, "status", shown);
}

/** Adds `name=value` to the query of `url`, keeping every other byte (fragment included) as is. */
export function appendQueryParameter(url: string, name: string, value: string): string {
  const hashAt = url.indexOf("#");
  const beforeHash = hashAt < 0 ? url : url.slice(0, hashAt);
  const fragment = hashAt < 0 ? "" : url.slice(hashAt);
  const pair = `${encodeURIComponent(name)}=${encodeURIComponent(value)}`;
  const joiner = !beforeHash.includes("?") ? "?" : /[?&]$/.test(beforeHash) ? "" : "&";
  return `${beforeHash}${joiner}${pair}${fragment}`;
}
