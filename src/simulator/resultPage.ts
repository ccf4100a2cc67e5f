/**
 * The Alipay+ result page the MPP redirects the user to after verification. Its URL carries a
 * paymentSessionData value shaped like the seed's (percent-encoded '+', '/', '=' and '&&'),
 * so an MPP that re-encodes or drops the query is caught by comparing what arrives.
 */

/** The seed's own paymentSessionData, still percent-encoded as it appears in the URL. */
export const seedPaymentSessionData =
  "n5xHy7LlExD8%2BaNKekkKwPm%2FotYQ3UjTXDoh5tlj4R8QajYr0lNjqv%2B%2FOkMs4QLvfHFwC9QkDRio2sX34SSATg%3D%3D%26%26SG%26%26188";

export function resultPath(paymentRequestId: string): string {
  return `/result/${encodeURIComponent(paymentRequestId)}?paymentSessionData=${seedPaymentSessionData}&ps=EASY_PAY`;
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function resultPageHtml(paymentRequestId: string, status: string | null): string {
  return [
    "<!doctype html>",
    '<html><head><meta charset="utf-8"><title>Alipay+ result</title></head><body>',
    `<h1>Payment ${escapeHtml(paymentRequestId)}</h1>`,
    `<p id="status">status=${escapeHtml(status ?? "(none)")}</p>`,
    "</body></html>",
  ].join("\n");
}
