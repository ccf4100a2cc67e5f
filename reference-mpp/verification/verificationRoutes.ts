/**
 * GET and POST of the paymentUrl, `/verify/<paymentId>?token=<token>`. The token makes the URL
 * unguessable: without it the page is a 404, as for an unknown payment.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import type { MppContext } from "../context";
import { redirectSeeOther, sendHtml, sendJson } from "../http/plainResponses";
import { readBoundedBody } from "../http/readBoundedBody";
import type { PaymentRecord } from "../store/paymentStore";
import { sendsCodeOnOpen } from "./pageStyles";
import { redirectTarget } from "./redirectTarget";
import { codeSent, ensureCode, finalStatus, type Step, sendCode, submit, submitPin } from "./verificationFlow";
import { maskLogin, renderMessagePage, renderVerificationPage } from "./verificationPage";

export const VERIFY_PREFIX = "/verify/";

export async function serveVerification(
  ctx: MppContext,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
): Promise<void> {
  const payment = paymentFor(ctx, url);
  if (req.method === "GET" && ctx.faults.has("verification-page-not-html")) {
    return sendJson(
      res,
      payment ? 200 : 404,
      payment ? { paymentId: payment.paymentId, status: payment.status } : { error: "not found" },
    );
  }
  if (!payment) return sendHtml(res, 404, renderMessagePage("Not found", "This payment link is not valid."));
  if (req.method === "GET") {
    if (payment.status !== "PROCESSING")
      return render(ctx, res, payment, { kind: "done", status: finalStatus(payment) });
    if (sendsCodeOnOpen(ctx.pageStyle)) ensureCode(ctx, payment);
    return render(ctx, res, payment, { kind: "page" });
  }
  if (req.method !== "POST") return sendHtml(res, 405, renderMessagePage("Method not allowed", "Use the form."));
  const read = await readBoundedBody(req, 4096);
  if (read.kind !== "ok") return sendHtml(res, 413, renderMessagePage("Too large", "The form data is too large."));
  const form = new URLSearchParams(read.body.toString("utf8"));
  // Re-read: another tab may have finished the payment while this form was open.
  const current = ctx.payments.findByPaymentId(payment.paymentId)!;
  if (current.status !== "PROCESSING") return render(ctx, res, current, { kind: "done", status: finalStatus(current) });
  const action = form.get("action");
  if (action === "resend") {
    if (ctx.faults.has("no-sms-resend"))
      return sendHtml(res, 404, renderMessagePage("Not found", "Resending is not available."));
    sendCode(ctx, current);
    return render(ctx, res, current, { kind: "page", notice: "A new code was sent. Earlier codes no longer work." });
  }
  if (action === "send-code" && ctx.pageStyle === "send-code-first") {
    ensureCode(ctx, current);
    return render(ctx, res, current, { kind: "page", notice: "We sent you a code." });
  }
  if (ctx.pageStyle === "pin-then-code") {
    // The code page is shown once a code exists, and a code exists only after the right PIN.
    if (!codeSent(ctx, current)) return render(ctx, res, current, submitPin(ctx, current, form.get("pin") ?? ""));
    return render(ctx, res, current, submit(ctx, current, undefined, form.get("smsCode") ?? ""));
  }
  return render(ctx, res, current, submit(ctx, current, form.get("pin") ?? "", form.get("smsCode") ?? ""));
}

function paymentFor(ctx: MppContext, url: URL): PaymentRecord | undefined {
  let paymentId: string;
  try {
    paymentId = decodeURIComponent(url.pathname.slice(VERIFY_PREFIX.length));
  } catch {
    return undefined; // a malformed %-escape names no payment
  }
  const payment = ctx.payments.findByPaymentId(paymentId);
  const token = url.searchParams.get("token");
  return payment && payment.verifyToken !== null && token === payment.verifyToken ? payment : undefined;
}

function render(ctx: MppContext, res: ServerResponse, payment: PaymentRecord, step: Step): void {
  if (step.kind === "done") {
    if (step.status === "fail" && ctx.faults.has("verification-dead-end"))
      return sendHtml(res, 200, renderMessagePage("Payment failed", "Too many wrong attempts."));
    if (payment.redirectUrl) return redirectSeeOther(res, redirectTarget(payment.redirectUrl, step.status, ctx.faults));
    const done = step.status === "success";
    return sendHtml(
      res,
      200,
      renderMessagePage(
        done ? "Payment complete" : "Payment failed",
        done ? "You can close this page." : "The payment was not made.",
      ),
    );
  }
  const html = renderVerificationPage({
    style: ctx.pageStyle,
    codeSent: codeSent(ctx, payment),
    amount: payment.paymentAmount,
    maskedLogin: maskLogin(payment.userLoginId),
    ...(step.notice ? { notice: step.notice } : {}),
    ...(step.error ? { error: step.error } : {}),
  });
  sendHtml(res, 200, html);
}
