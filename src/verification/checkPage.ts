/** One look at the paymentUrl: is it an HTML page (HTTP 200, text/html)? For drivers that do not fill it. */
import type { VerificationRecord } from "../trace";

export async function checkPage(paymentUrl: string, signal: AbortSignal): Promise<Pick<VerificationRecord, "pageServed" | "pageProblem">> {
  try {
    const response = await fetch(paymentUrl, { signal });
    await response.body?.cancel();
    const contentType = response.headers.get("content-type") ?? "";
    const problems = [response.status !== 200 ? `HTTP ${response.status}` : "", /^text\/html/i.test(contentType) ? "" : `content-type ${contentType || "(none)"}, not text/html`].filter(Boolean);
    return problems.length ? { pageServed: false, pageProblem: problems.join("; ") } : { pageServed: true };
  } catch (e) {
    return { pageServed: false, pageProblem: `paymentUrl unreachable: ${(e as Error).message}` };
  }
}
