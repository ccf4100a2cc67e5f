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
  /** The driver itself failed before it could see what the MPP served (browser crash, timeout under load). */
  driverFailed?: string;
}

/** The page the user is on, as far as the plays need to know. */
export interface PageView {
  asksPin: boolean;
  asksCode: boolean;
  /** A "Send code" control (the first code is sent only when pressed). */
  canSendCode: boolean;
  /** Why nothing on the page can be filled, when the driver knows (e.g. a form built by script). */
  problem?: string;
  text: string;
}

export type PageAction = "verify" | "send-code" | "resend";

export type SubmitOutcome =
  /** The MPP sent the user back to Alipay+: the URL exactly as it was given. */
  | { kind: "redirected"; url: string }
  /** A page that asks for input (the same one again with an error, a new code sent, or the next step). */
  | { kind: "page"; text: string }
  /**
   * A page the user cannot leave: no form, no link, no redirect, nothing that moved on within
   * the settle time. The MPP's failure, not the driver's.
   */
  | { kind: "dead-end"; text: string }
  /** The driver could not do its part (a limit of the driver, or a transport failure). */
  | { kind: "error"; message: string };

export interface PageSession {
  open(): Promise<PageOpened>;
  /** The current page; undefined before open() served one. */
  view(): PageView | undefined;
  /** Presses the control for `action`, typing the values into the fields the page has. */
  act(action: PageAction, values: { pin?: string; smsCode?: string }): Promise<SubmitOutcome>;
  /** Screenshots taken so far (browser only). */
  screenshots(): string[];
}

/** How long a page that asks for nothing may take to move on by itself before it is a dead end. */
export const settleMs = 5_000;

/** Words for a page where no control does `action`, with the config that can name it. */
export function missingControl(action: PageAction): string {
  const what = {
    verify: "control that submits the PIN / SMS code",
    "send-code": '"Send code" control',
    resend: '"resend code" control (button or link)',
  }[action];
  const key = { verify: "submit", "send-code": "sendCode", resend: "resend" }[action];
  return `no ${what} found on the page; set verification.controls.${key} to a regular expression matching its text, value, name or id`;
}
