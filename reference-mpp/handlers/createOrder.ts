/**
 * pay, phase 2 (seed step 2 (docs/alipayplus/easy-pay-flow.md#step-2-order)): create the order. Never S: U PAYMENT_IN_PROCESS with a paymentUrl
 * when the user must verify, F with the specific code when the account cannot pay. Idempotent
 * on paymentRequestId (docs/alipayplus/idempotency.md#idempotency): a repeat gets the stored answer, a changed amount or method
 * gets REPEAT_REQ_INCONSISTENT.
 */
import type { PayRequest } from "../../generated/types";
import { parseIsoTime } from "../../src/core/isoTime";
import { findAccount, type ReferenceAccount } from "../accounts";
import { isCallableUrl } from "../callbacks/callbackUrl";
import type { MppContext } from "../context";
import { type ResultCode, result } from "../results";
import type { PaymentRecord } from "../store/paymentStore";
import { canonicalJson } from "./canonicalJson";
import { newPaymentId, newVerifyToken } from "./identifiers";

type Body = Record<string, unknown>;

/**
 * The idempotency-race fault holds a request between its lookup and its insert until a second
 * request for the same paymentRequestId has looked too (at most this long), so the race it stands
 * for happens on any machine: a fixed 50 ms window missed it when a loaded machine spread the
 * concurrent requests further apart.
 */
const RACE_WINDOW_MAX_MS = 1_000;
/** paymentRequestId → releases the request holding its race window open. */
const racing = new Map<string, () => void>();

function holdRaceWindow(ctx: MppContext, paymentRequestId: string): Promise<void> {
  const release = racing.get(paymentRequestId);
  if (release) {
    release(); // this request has looked up too: let the first one insert as well
    return Promise.resolve();
  }
  return new Promise<void>((resolve) => {
    const done = () => {
      clearTimeout(timer);
      racing.delete(paymentRequestId);
      resolve();
    };
    const timer = setTimeout(done, RACE_WINDOW_MAX_MS);
    racing.set(paymentRequestId, done);
    ctx.closing.addEventListener("abort", done, { once: true });
  });
}

export async function createOrder(ctx: MppContext, request: PayRequest): Promise<Body> {
  const reserved = ctx.faults.has("evaluation-reserves-id")
    ? ctx.evaluationCache.get(request.paymentRequestId)
    : undefined;
  if (reserved) return reserved;
  const oneClick = request.paymentFactor?.isAuthorizationAndPay === "true";
  if (oneClick && !request.authorizationInfo && !ctx.faults.has("order-ignores-missing-authorization-info")) {
    return { result: result("PARAM_ILLEGAL", 'authorizationInfo is required when isAuthorizationAndPay is "true"') };
  }
  if (request.paymentNotifyUrl && !isCallableUrl(request.paymentNotifyUrl)) {
    // Accepting it would create an order whose result could never be notified.
    return { result: result("PARAM_ILLEGAL", "paymentNotifyUrl is not an http(s) URL that can be called") };
  }
  const fresh = newPayment(ctx, request, oneClick);
  const stored = await store(ctx, fresh);
  if (stored === fresh && fresh.status === "PROCESSING" && fresh.expiresAt !== null)
    ctx.expiry.schedule(fresh.paymentId, fresh.expiresAt);
  if (stored.fingerprint !== fresh.fingerprint && !ctx.faults.has("inconsistent-repeat-accepted")) {
    return { result: result("REPEAT_REQ_INCONSISTENT") };
  }
  return stored.payResponse;
}

/** Stores the order once; returns what is stored under its paymentRequestId afterwards. */
async function store(ctx: MppContext, fresh: PaymentRecord): Promise<PaymentRecord> {
  if (ctx.faults.has("idempotency-new-payment")) {
    ctx.payments.overwrite(fresh);
    return fresh;
  }
  if (ctx.faults.has("idempotency-race")) {
    const existing = ctx.payments.findByRequestId(fresh.paymentRequestId);
    await holdRaceWindow(ctx, fresh.paymentRequestId);
    if (existing) return existing;
    ctx.payments.overwrite(fresh);
    return fresh;
  }
  const outcome = ctx.payments.createOnce(fresh);
  return outcome.created ? outcome.payment : outcome.existing;
}

function newPayment(ctx: MppContext, request: PayRequest, oneClick: boolean): PaymentRecord {
  const method = request.paymentMethod;
  const account = findAccount({
    paymentMethodId: method.paymentMethodId,
    userLoginId: method.paymentMethodMetaData?.userLoginId,
  });
  const rejection = rejectionOf(ctx, account);
  const paymentId = newPaymentId();
  const verifyToken = newVerifyToken();
  const payResponse: Body = rejection
    ? { result: result(rejection) }
    : {
        result: ctx.faults.has("order-answers-success") ? result("SUCCESS") : result("PAYMENT_IN_PROCESS"),
        paymentId,
        ...(ctx.faults.has("order-without-payment-url")
          ? {}
          : { paymentUrl: paymentUrlOf(ctx, paymentId, verifyToken) }),
        ...(account ? { customerId: account.customerId } : {}),
      };
  const now = Date.now();
  return {
    paymentRequestId: request.paymentRequestId,
    paymentId,
    acquirerId: request.acquirerId,
    pspId: request.pspId,
    fingerprint: fingerprintOf(request),
    payResponse,
    userLoginId: account?.userLoginId ?? method.paymentMethodMetaData?.userLoginId ?? null,
    customerId: account?.customerId ?? null,
    status: rejection ? "FAILED" : "PROCESSING",
    resultCode: rejection ?? null,
    paymentAmount: request.paymentAmount,
    payToAmount: request.payToAmount ?? null,
    paymentTime: null,
    expiresAt: rejection
      ? null
      : ctx.faults.has("expiry-closes-early") && request.paymentExpiryTime
        ? now
        : (parseIsoTime(request.paymentExpiryTime) ?? now + ctx.timing.defaultExpiryMs),
    redirectUrl: request.paymentRedirectUrl ?? null,
    notifyUrl: request.paymentNotifyUrl ?? null,
    authorizationInfo: request.authorizationInfo ?? null,
    oneClick,
    verifyToken,
    wrongAttempts: 0,
    createdAt: now,
  };
}

/** The specific reason an account cannot pay, or undefined when it goes to verification. */
function rejectionOf(ctx: MppContext, account: ReferenceAccount | undefined): ResultCode | undefined {
  if (ctx.faults.has("order-accepts-rejected-account")) return undefined;
  if (!account) return "USER_NOT_EXIST";
  return account.standing === "payable" || account.standing === "unknown" ? undefined : account.standing;
}

/**
 * The fields a repeat must not change (docs/alipayplus/idempotency.md#idempotency), plus who asks: without acquirerId and pspId a
 * request from another acquirer reusing the id would be handed this order's paymentUrl, the
 * very order inquiryPayment hides from it (scope.acquirer, scope.psp).
 */
function fingerprintOf(request: PayRequest): string {
  const { acquirerId, pspId, paymentAmount, payToAmount, paymentMethod, surchargeInfo, paymentPromoInfo } = request;
  return canonicalJson({
    acquirerId,
    pspId,
    paymentAmount,
    payToAmount,
    paymentMethod,
    surchargeInfo,
    paymentPromoInfo,
  });
}

export function paymentUrlOf(ctx: MppContext, paymentId: string, token: string): string {
  return `${ctx.baseUrl}/verify/${encodeURIComponent(paymentId)}?token=${encodeURIComponent(token)}`;
}
