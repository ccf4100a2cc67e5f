/** The reference MPP's public API, for the kit and for anyone embedding it. */

export { type ReferenceAccount, referenceAccounts } from "./accounts";
export { type FaultEntry, type FaultId, faultCatalogue, isFaultId } from "./faults";
export { AUTH_NOTIFY_PATH, NOTIFY_PAYMENT_PATH } from "./payments/paymentLifecycle";
export { OUTBOX_PATH, VERIFY_HOOK_PATH } from "./sandboxRoutes";
export { INQUIRY_PAYMENT_PATH, PAY_PATH } from "./server";
export { type ReferenceMppOptions, type RunningReferenceMpp, startReferenceMpp } from "./startReferenceMpp";
export { defaultTiming, fastTiming, type Timing } from "./timing";
export { isPageStyle, type PageStyle, pageStyles } from "./verification/pageStyles";
