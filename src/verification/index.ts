/** Verification drivers: complete the user's step on the MPP's paymentUrl (see createVerificationDriver). */
export { createVerificationDriver, type DriverDeps } from "./createVerificationDriver";
export { browserDriver } from "./browserDriver";
export { formDriver } from "./formDriver";
export { httpDriver } from "./httpDriver";
export { manualDriver } from "./manualDriver";
export { findChromium, chromiumArgs } from "./findChromium";
export { isUnderRedirectBase } from "./redirectBase";
