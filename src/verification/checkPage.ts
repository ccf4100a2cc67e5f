/** Whether the paymentUrl served a verification page (HTTP 200, text/html), judged the same by every driver. */
import type { VerificationRecord } from "../core/trace";

/** What keeps an answer from being a served HTML page; empty when it is one. */
export function pageProblems(status: number, contentType: string): string[] {
  return [
    status !== 200 ? `HTTP ${status}` : "",
    /^\s*text\/html/i.test(contentType) ? "" : `content-type ${contentType || "(none)"}, not text/html`,
  ].filter(Boolean);
}

/** One look at the paymentUrl, for drivers that do not fill it. */
export async function checkPage(
  paymentUrl: string,
  signal: AbortSignal,
): Promise<Pick<VerificationRecord, "pageServed" | "pageProblem">> {
  try {
    const response = await fetch(paymentUrl, { signal });
    await response.body?.cancel();
    const problems = pageProblems(response.status, response.headers.get("content-type") ?? "");
    return problems.length ? { pageServed: false, pageProblem: problems.join("; ") } : { pageServed: true };
  } catch (e) {
    return { pageServed: false, pageProblem: `paymentUrl unreachable: ${(e as Error).message}` };
  }
}
