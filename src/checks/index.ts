import type { Check } from "./defineCheck";
import { flowChecks } from "./flow";
import { wireChecks } from "./wire";

/** Every check of the kit; a test fails when a testable rule of spec/rules.yaml has none. */
export const allChecks: readonly Check[] = [...flowChecks, ...wireChecks];
