import type { Check } from "../defineCheck";

/** Checks of the wire rules (values, schema, sig, http) and the callbacks (notify, authnotify). */
export const wireChecks: readonly Check[] = [];
