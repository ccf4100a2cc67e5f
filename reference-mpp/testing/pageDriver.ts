/** Drives the verification page over plain HTTP, reading the form as the kit's form driver does. */
import { parse } from "node-html-parser";

export interface PageVisit {
  status: number;
  contentType: string;
  html: string;
  location: string | null;
}

async function visit(url: string, init: RequestInit = {}): Promise<PageVisit> {
  const response = await fetch(url, { ...init, redirect: "manual", signal: AbortSignal.timeout(10_000) });
  return {
    status: response.status,
    contentType: response.headers.get("content-type") ?? "",
    html: await response.text(),
    location: response.headers.get("location"),
  };
}

export const openPage = (url: string): Promise<PageVisit> => visit(url);

/** Submits the page's form (its own method and action) with the given fields. */
export function submitForm(pageUrl: string, page: PageVisit, fields: Record<string, string>): Promise<PageVisit> {
  const form = parse(page.html).querySelector("form");
  if (!form) throw new Error(`no form on the page (status ${page.status})`);
  const action = new URL(form.getAttribute("action") ?? "", pageUrl).toString();
  return visit(action, {
    method: (form.getAttribute("method") ?? "get").toUpperCase(),
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams(fields).toString(),
  });
}

export async function readOutbox(
  baseUrl: string,
  paymentId: string,
): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await fetch(`${baseUrl}/sandbox/outbox?paymentId=${encodeURIComponent(paymentId)}`, {
    signal: AbortSignal.timeout(5_000),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

/** Opens the page, reads the SMS from the outbox and submits PIN + code: the happy user. */
export async function verifyAsUser(
  baseUrl: string,
  paymentUrl: string,
  paymentId: string,
  pin = "123456",
): Promise<PageVisit> {
  const page = await openPage(paymentUrl);
  const sms = await readOutbox(baseUrl, paymentId);
  return submitForm(paymentUrl, page, { pin, smsCode: String(sms.body.code), action: "verify" });
}
