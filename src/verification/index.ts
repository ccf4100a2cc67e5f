/** Verification drivers: complete the user's step on the MPP's paymentUrl (see createVerificationDriver). */

export { browserDriver } from "./browserDriver";
export { createVerificationDriver, type DriverDeps } from "./createVerificationDriver";
export { chromiumArgs, findChromium } from "./findChromium";
export { formDriver } from "./formDriver";
export { httpDriver } from "./httpDriver";
export { manualDriver } from "./manualDriver";
export { isUnderRedirectBase } from "./redirectBase";
