import type { Check } from "../defineCheck";

/** Checks of the flow rules (eval, order, verify, inquiry, idem, scope, input, timing). */
export const flowChecks: readonly Check[] = [];
