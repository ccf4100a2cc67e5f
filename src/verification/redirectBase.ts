/**
 * Whether a URL is "back at Alipay+": same origin and path as the request's paymentRedirectUrl.
 * The query is deliberately not compared: the MPP appends status=..., and whether it kept the
 * rest intact is a rule the checks judge from the recorded URL, not a reason to stop waiting.
 */
export function isUnderRedirectBase(url: string, redirectBase: string): boolean {
  try {
    const target = new URL(url);
    const base = new URL(redirectBase);
    return target.origin === base.origin && target.pathname === base.pathname;
  } catch {
    return false;
  }
}
