/**
 * The pipeline every Alipay+ -> MPP call goes through: bounded read, Client-Id and signature,
 * JSON, schema, handler, signed answer. Each refusal is a signed HTTP 200 with `result`
 * (never a 5xx, never a crash), and nothing is processed before the caller is authenticated.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { setTimeout as delay } from "node:timers/promises";
import type { MppOperation } from "../../generated/validate";
import type { MppContext } from "../context";
import type { FaultId } from "../faults";
import { result } from "../results";
import { refuseInbound } from "./inboundAuth";
import { readBoundedBody } from "./readBoundedBody";
import { requestProblems } from "./requestProblems";
import { sendServerError, sendSigned } from "./signedResponse";

type Body = Record<string, unknown>;
export type ApiHandler = (ctx: MppContext, request: never) => Body | Promise<Body>;

/** The slow-* faults: answer just after Alipay+ has given up (8 s pay, 5 s inquiry). */
const slowness: Record<MppOperation, { fault: FaultId; answerAfterMs: number }> = {
  pay: { fault: "slow-pay", answerAfterMs: 8_500 },
  inquiryPayment: { fault: "slow-inquiry", answerAfterMs: 5_500 },
};

export async function serveApi(
  ctx: MppContext,
  op: MppOperation,
  handler: ApiHandler,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const startedAt = Date.now();
  const uri = req.url ?? "/";
  const answer = (body: Body, closeConnection = false) => sendSigned(ctx, res, op, uri, body, closeConnection);
  const read = await readBoundedBody(req);
  if (read.kind === "aborted") return;
  if (read.kind === "too-large") {
    if (ctx.faults.has("oversized-body-500")) return sendServerError(res);
    return answer({ result: result("PARAM_ILLEGAL", "The request body is larger than 64 KiB") }, true);
  }
  const refusal = refuseInbound(ctx, req.headers, uri, read.body);
  if (refusal) return answer({ result: result(refusal) });
  let request: unknown;
  try {
    request = JSON.parse(read.body.toString("utf8"));
  } catch {
    if (ctx.faults.has("malformed-json-500")) return sendServerError(res);
    return answer({ result: result("PARAM_ILLEGAL", "The request body is not JSON") });
  }
  const problems = requestProblems(op, request, ctx.faults);
  if (problems.length > 0) {
    if (ctx.faults.has("schema-invalid-500")) return sendServerError(res);
    // The faulty MPP refuses the request, but only after it already processed it.
    if (ctx.faults.has("schema-invalid-refused-but-created"))
      await Promise.resolve(handler(ctx, request as never)).catch(() => undefined);
    const message = ctx.faults.has("schema-invalid-field-not-named")
      ? "Illegal parameter"
      : truncate(problems.join("; "), 256);
    return answer({ result: result("PARAM_ILLEGAL", message) });
  }
  let body: Body;
  try {
    body = await handler(ctx, request as never);
  } catch (error) {
    // A bug must not become a 5xx or a dropped connection: U tells Alipay+ to ask again.
    console.error(`reference-mpp: ${op} failed: ${error instanceof Error ? error.message : String(error)}`);
    body = { result: result("UNKNOWN_EXCEPTION") };
  }
  const slow = slowness[op];
  if (ctx.faults.has(slow.fault))
    await delay(slow.answerAfterMs - (Date.now() - startedAt), undefined, { signal: ctx.closing }).catch(
      () => undefined,
    );
  if (!res.destroyed) answer(body);
}

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
