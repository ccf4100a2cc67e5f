/**
 * Sandbox-only helpers for the kit's drivers: the SMS outbox (what the user's phone would
 * show) and a test hook that ends verification without a page. Absent when sandbox is false.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { isoDateTime } from "../src/core/isoTime";
import type { MppContext } from "./context";
import { sendJson } from "./http/plainResponses";
import { readBoundedBody } from "./http/readBoundedBody";
import { redirectTarget } from "./verification/redirectTarget";
import { finish } from "./verification/verificationFlow";

export const OUTBOX_PATH = "/sandbox/outbox";
export const VERIFY_HOOK_PATH = "/sandbox/verify";

export function serveOutbox(ctx: MppContext, res: ServerResponse, url: URL): void {
  const paymentId = url.searchParams.get("paymentId") ?? "";
  const payment = ctx.payments.findByPaymentId(paymentId);
  const sms = payment ? ctx.smsCodes.latest(paymentId) : undefined;
  if (!payment || !sms) return sendJson(res, 404, { error: `no SMS sent for paymentId ${JSON.stringify(paymentId)}` });
  sendJson(res, 200, { paymentId, userLoginId: payment.userLoginId, code: sms.code, sentAt: isoDateTime(sms.sentAt) });
}

export async function serveVerifyHook(ctx: MppContext, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const read = await readBoundedBody(req, 4096);
  if (read.kind === "aborted") return; // the caller went away: no one to answer
  if (read.kind === "too-large")
    return sendJson(res, 413, { error: "body too large: expected {paymentId, outcome} under 4 KiB" });
  let request: { paymentId?: unknown; outcome?: unknown };
  try {
    request = JSON.parse(read.body.toString("utf8")) as typeof request;
  } catch {
    return sendJson(res, 400, { error: "body must be JSON {paymentId, outcome}" });
  }
  const outcome = request.outcome;
  if (typeof request.paymentId !== "string" || (outcome !== "success" && outcome !== "fail")) {
    return sendJson(res, 400, { error: 'expected {paymentId: string, outcome: "success" | "fail"}' });
  }
  const payment = ctx.payments.findByPaymentId(request.paymentId);
  if (!payment) return sendJson(res, 404, { error: `unknown paymentId ${JSON.stringify(request.paymentId)}` });
  // A payment already final keeps its outcome: the hook reports it, it does not change it.
  const step = finish(ctx, payment, outcome);
  const status = step.kind === "done" ? step.status : outcome;
  const redirectUrl = payment.redirectUrl ? redirectTarget(payment.redirectUrl, status, ctx.faults) : null;
  sendJson(res, 200, { paymentId: payment.paymentId, status, redirectUrl });
}
