/**
 * The one failure format of the kit, shared by the console, JUnit and Jest assertions:
 *
 *   ✗ [MUST order.never-success] phase-2 pay answered S
 *     scenario happy-path, step order (pay, x4, $.result.resultStatus)
 *     Expected: U with PAYMENT_IN_PROCESS (or F)
 *     Received: S/SUCCESS
 *     Hint:     Order creation must ...
 *     Reproduce: curl ...
 */

import { redactText } from "../core/secrets";
import type { Finding } from "../core/verdicts";

export interface FailureContext {
  /** A reproducing command for an exchange id, secrets redacted; absent when none applies. */
  reproduce?: (exchangeId: string, scenario: string) => string | undefined;
}

export function formatFinding(finding: Finding, context: FailureContext = {}): string {
  const mark = finding.verdict === "fail" ? "✗" : finding.verdict === "pass" ? "✓" : "–";
  const lines = [`${mark} [${finding.level} ${finding.rule}] ${finding.title}`];
  const where = finding.evidence[0];
  const place = where
    ? `, step ${where.step ?? "?"} (${[where.api, where.exchangeId, where.path].filter(Boolean).join(", ")})`
    : "";
  lines.push(`  scenario ${finding.scenario}${place}`);
  // Received text quotes the target's bodies; a token or code in them is masked here, once for all checks.
  if (finding.expected !== undefined) lines.push(`  Expected: ${redactText(finding.expected)}`);
  if (finding.received !== undefined) lines.push(`  Received: ${redactText(finding.received)}`);
  if (finding.hint) lines.push(`  ${finding.verdict === "fail" ? "Hint:    " : "Reason:  "} ${finding.hint}`);
  const command = where?.exchangeId ? context.reproduce?.(where.exchangeId, finding.scenario) : undefined;
  if (finding.verdict === "fail" && command) lines.push(`  Reproduce: ${command}`);
  return lines.join("\n");
}
