/**
 * The Alipay+ endpoints the MPP calls, as msw handlers: notifyPayment and authNotify (plain and
 * under a per-payment prefix, so each payment's notify URL is unique), the result page the
 * verification redirects to, and a catch-all that records anything else as a 404.
 */
import { HttpResponse, http, type RequestHandler } from "msw";
import { currentRawRequest } from "./rawRequest";
import { receiveCallback, receiveUnknown, type SimulatorCore } from "./receiveCallback";
import { resultPageHtml } from "./resultPage";

export const callbackPaths = {
  notifyPayment: "/aps/api/v1/payments/notifyPayment",
  authNotify: "/aps/api/v1/authorizations/authNotify",
} as const;

const param = (value: string | readonly string[] | undefined) => (typeof value === "string" ? value : undefined);

export function simulatorHandlers(core: SimulatorCore): RequestHandler[] {
  const callbacks = (["notifyPayment", "authNotify"] as const).flatMap((api) => [
    http.post(callbackPaths[api], ({ request }) => receiveCallback(core, api, request)),
    http.post(`/p/:paymentRequestId${callbackPaths[api]}`, ({ request, params }) =>
      receiveCallback(core, api, request, param(params.paymentRequestId)),
    ),
  ]);
  return [
    ...callbacks,
    http.get("/result/:paymentRequestId", ({ request, params }) => {
      const id = param(params.paymentRequestId) ?? "";
      // The URL exactly as the browser sent it: re-encoding would hide the MPP's encoding slips.
      const url = new URL(request.url);
      const asReceived = core.baseUrl() + (currentRawRequest()?.originalUrl ?? url.pathname + url.search);
      core.registry.recordRedirect(id, asReceived);
      return HttpResponse.html(resultPageHtml(id, url.searchParams.get("status")));
    }),
    // Browsers ask for it on every page; it is not the MPP talking to Alipay+.
    http.get("/favicon.ico", () => new HttpResponse(null, { status: 404 })),
    http.all("*", ({ request }) => receiveUnknown(core, request, Object.values(callbackPaths))),
  ];
}
