/**
 * Starts one reference MPP: opens its database, resumes pending callbacks and expiry timers,
 * and listens. Instances share nothing, so the kit can run one per fault at the same time.
 */
import { createPrivateKey, createPublicKey } from "node:crypto";
import { setMaxListeners } from "node:events";
import type { AddressInfo } from "node:net";
import { CallbackDispatcher } from "./callbacks/callbackDispatcher";
import type { MppContext } from "./context";
import { type FaultId, FaultSet } from "./faults";
import { ExpiryTimers } from "./payments/expiryTimers";
import { closeExpired } from "./payments/paymentLifecycle";
import { createMppServer } from "./server";
import { CallbackStore } from "./store/callbackStore";
import { openDatabase } from "./store/database";
import { PaymentStore } from "./store/paymentStore";
import { SmsCodeStore } from "./store/smsCodeStore";
import { resolveTiming, type Timing } from "./timing";
import type { PageStyle } from "./verification/pageStyles";

export interface ReferenceMppOptions {
  /** Default 127.0.0.1. */
  host?: string;
  /** Default 0: an ephemeral port. */
  port?: number;
  /** The Client-Id Alipay+ (the kit) uses; any other is answered INVALID_CLIENT. */
  clientId: string;
  /** Verifies inbound requests and callback acknowledgements. */
  alipayPublicKeyPem: string;
  /** Signs responses and callbacks. */
  mppPrivateKeyPem: string;
  /** Default target of notifyPayment and authNotify; the API paths are appended. */
  alipayBaseUrl: string;
  /** SQLite file path; default ":memory:". */
  database?: string;
  faults?: readonly FaultId[];
  timing?: Partial<Timing>;
  /** Default true: the SMS outbox and the verification test hook exist. */
  sandbox?: boolean;
  /** The verification page's shape; default "current". */
  pageStyle?: PageStyle;
}

export interface RunningReferenceMpp {
  baseUrl: string;
  close(): Promise<void>;
}

export async function startReferenceMpp(options: ReferenceMppOptions): Promise<RunningReferenceMpp> {
  checkKeys(options);
  const faults = new FaultSet(options.faults ?? []);
  const timing = resolveTiming(options.timing);
  const db = openDatabase(options.database ?? ":memory:");
  const closing = new AbortController();
  // Every slow answer in flight listens for close; many at once is normal, not a leak.
  setMaxListeners(0, closing.signal);
  const callbackStore = new CallbackStore(db);
  const keys = {
    clientId: options.clientId,
    mppPrivateKeyPem: options.mppPrivateKeyPem,
    alipayPublicKeyPem: options.alipayPublicKeyPem,
  };
  const ctx: MppContext = {
    ...keys,
    alipayBaseUrl: options.alipayBaseUrl,
    sandbox: options.sandbox ?? true,
    pageStyle: options.pageStyle ?? "current",
    timing,
    faults,
    payments: new PaymentStore(db),
    smsCodes: new SmsCodeStore(db),
    callbackStore,
    callbacks: new CallbackDispatcher(callbackStore, timing, faults, keys),
    expiry: new ExpiryTimers((paymentId) => closeExpired(ctx, paymentId)),
    evaluationCache: new Map(),
    closing: closing.signal,
    baseUrl: "",
  };
  const { server, drain } = createMppServer(ctx);
  const host = options.host ?? "127.0.0.1";
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, host, () => resolve());
  }).catch((error: unknown) => {
    db.close();
    throw error;
  });
  const { port } = server.address() as AddressInfo;
  ctx.baseUrl = `http://${host.includes(":") ? `[${host}]` : host}:${port}`;
  // Resume only after listening: a restart must not send callbacks for an MPP that failed to start.
  ctx.callbacks.resume();
  for (const payment of ctx.payments.processing()) {
    if (payment.expiresAt !== null) ctx.expiry.schedule(payment.paymentId, payment.expiresAt);
  }
  let closed: Promise<void> | undefined;
  return {
    baseUrl: ctx.baseUrl,
    close: () =>
      (closed ??= (async () => {
        closing.abort();
        ctx.expiry.close();
        const stopped = new Promise<void>((resolve) => server.close(() => resolve()));
        server.closeIdleConnections();
        await drain();
        server.closeAllConnections();
        await stopped;
        await ctx.callbacks.close();
        db.close();
      })()),
  };
}

/** Fails at start, with the option's name, rather than at the first request. */
function checkKeys(options: ReferenceMppOptions): void {
  try {
    createPrivateKey(options.mppPrivateKeyPem);
  } catch (error) {
    throw new Error(`mppPrivateKeyPem is not a usable private key: ${(error as Error).message}`);
  }
  try {
    createPublicKey(options.alipayPublicKeyPem);
  } catch (error) {
    throw new Error(`alipayPublicKeyPem is not a usable public key: ${(error as Error).message}`);
  }
  if (!options.clientId) throw new Error("clientId is required");
  try {
    new URL(options.alipayBaseUrl);
  } catch {
    throw new Error(`alipayBaseUrl is not a URL: ${JSON.stringify(options.alipayBaseUrl)}`);
  }
}
