/**
 * What a driver does on the MPP's verification page, whatever drives it (a parsed HTML form or
 * a real browser). runVerification plays the intended outcome on top of it.
 */
export interface PageOpened {
  /** HTTP 200 with text/html. */
  served: boolean;
  problem?: string;
  /** The page sent the user straight back to Alipay+ (no verification asked). */
  redirectedTo?: string;
}

export type SubmitOutcome =
  /** The MPP sent the user back to Alipay+: the URL exactly as it was given. */
  | { kind: "redirected"; url: string }
  /** The page was shown again (wrong input, or a new code sent); `text` is what it said. */
  | { kind: "page"; text: string }
  | { kind: "error"; message: string };

export interface PageSession {
  open(): Promise<PageOpened>;
  submit(values: { pin?: string; smsCode?: string }, action: "verify" | "resend"): Promise<SubmitOutcome>;
  /**
   * After a submit that showed a page, waits (bounded) for the page itself to move on to the
   * redirect base, as "processing..." pages that redirect by script do. Browser only.
   */
  awaitRedirect?(timeoutMs: number): Promise<string | undefined>;
  /** Screenshots taken so far (browser only). */
  screenshots(): string[];
}
