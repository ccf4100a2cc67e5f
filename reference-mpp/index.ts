/** The reference MPP's public API, for the kit and for anyone embedding it. */
export { startReferenceMpp, type ReferenceMppOptions, type RunningReferenceMpp } from "./startReferenceMpp";
export { faultCatalogue, isFaultId, type FaultEntry, type FaultId } from "./faults";
export { referenceAccounts, type ReferenceAccount } from "./accounts";
export { defaultTiming, fastTiming, type Timing } from "./timing";
export { PAY_PATH, INQUIRY_PAYMENT_PATH } from "./server";
export { OUTBOX_PATH, VERIFY_HOOK_PATH } from "./sandboxRoutes";
export { NOTIFY_PAYMENT_PATH, AUTH_NOTIFY_PATH } from "./payments/paymentLifecycle";
export { pageStyles, isPageStyle, type PageStyle } from "./verification/pageStyles";
