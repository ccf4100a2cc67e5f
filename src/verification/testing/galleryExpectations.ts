/**
 * What each driver must make of each gallery page (galleryPages.ts), as a person would: complete
 * it, report the dead end the MPP left the user in, or say plainly that the page is beyond the
 * driver. The gallery test asserts these; the README's driver × variant table is rendered from
 * them (and a test keeps the two equal). Only for tests and docs.
 */

import type { VerificationRequest } from "../../core/engine";
import type { PageVariant } from "./galleryPages";

export type Expected =
  | { outcome: "completed"; status: "success" | "fail" }
  | { outcome: "dead end" }
  | { outcome: "driver limit"; reason: RegExp; says: string };

export type GalleryDriver = "form" | "browser" | "http";

export interface GalleryCase {
  variant: PageVariant;
  intended: VerificationRequest["intended"];
  expect: Record<GalleryDriver, Expected>;
}

const success: Expected = { outcome: "completed", status: "success" };
const failed: Expected = { outcome: "completed", status: "fail" };
const deadEnd: Expected = { outcome: "dead end" };
const formCannotRunScript: Expected = {
  outcome: "driver limit",
  reason: /^the page runs script the form driver cannot follow \(use the browser driver/,
  says: "runs script: use the browser driver",
};
const hookCannotResend: Expected = {
  outcome: "driver limit",
  reason: /cannot ask for a new SMS code/,
  says: "cannot ask for a new code",
};

const both = (expected: Expected, http: Expected) => ({ form: expected, browser: expected, http });

export const galleryCases: GalleryCase[] = [
  { variant: "classic", intended: "resend-then-success", expect: both(success, hookCannotResend) },
  { variant: "classic", intended: "fail", expect: both(failed, failed) },
  { variant: "resend-own-form", intended: "resend-then-success", expect: both(success, hookCannotResend) },
  { variant: "send-code-first", intended: "resend-then-success", expect: both(success, hookCannotResend) },
  { variant: "send-code-first", intended: "fail", expect: both(failed, failed) },
  { variant: "pin-then-code", intended: "resend-then-success", expect: both(success, hookCannotResend) },
  { variant: "pin-then-code", intended: "fail", expect: both(failed, failed) },
  { variant: "resend-link", intended: "resend-then-success", expect: both(success, hookCannotResend) },
  { variant: "nameless-buttons", intended: "resend-then-success", expect: both(success, hookCannotResend) },
  {
    variant: "script-form",
    intended: "success",
    expect: { form: formCannotRunScript, browser: success, http: success },
  },
  { variant: "wrong-input-422", intended: "fail", expect: both(failed, failed) },
  { variant: "wrong-input-422", intended: "resend-then-success", expect: both(success, hookCannotResend) },
  { variant: "meta-refresh", intended: "success", expect: both(success, success) },
  {
    variant: "script-redirect",
    intended: "success",
    expect: { form: formCannotRunScript, browser: success, http: success },
  },
  // The test hook ends the payment without the page: it cannot see where the page leaves the user.
  { variant: "dead-end-after-failure", intended: "fail", expect: both(deadEnd, failed) },
  { variant: "dead-end-after-success", intended: "success", expect: both(deadEnd, success) },
];

/** The rule verdict verify.redirect-status gives a case's record. */
export function redirectVerdict(expected: Expected): "pass" | "fail" | "skip" {
  return expected.outcome === "completed" ? "pass" : expected.outcome === "dead end" ? "fail" : "skip";
}

function cell(expected: Expected): string {
  if (expected.outcome === "completed") return `completed (status=${expected.status})`;
  if (expected.outcome === "dead end") return "**dead end: verify.redirect-status fails**";
  return `skip: ${expected.says}`;
}

/** The README's driver × variant table. */
export function galleryTable(): string {
  const rows = galleryCases.map(
    (c) =>
      `| ${c.variant} | ${c.intended} | ${cell(c.expect.form)} | ${cell(c.expect.browser)} | ${cell(c.expect.http)} |`,
  );
  return [
    "| page variant | the kit plays | form | browser | http (test hook) |",
    "|---|---|---|---|---|",
    ...rows,
  ].join("\n");
}
