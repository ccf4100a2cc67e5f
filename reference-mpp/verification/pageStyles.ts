/**
 * The shapes the verification page can take (`--page-style`), each one real wallets use, so
 * the kit's drivers are proven on more than the shape they grew up with:
 *   current          one form: PIN, SMS code, buttons action=verify / action=resend; code sent on open
 *   send-code-first  the same form, but no code is sent until the user presses "Send code"
 *   pin-then-code    two pages: the PIN first; the code is sent, and asked for, once the PIN is right
 *   resend-own-form  the PIN/code form has one nameless "Pay" button; "Resend code" is its own form
 */
export const pageStyles = ["current", "send-code-first", "pin-then-code", "resend-own-form"] as const;

export type PageStyle = (typeof pageStyles)[number];

export function isPageStyle(value: string): value is PageStyle {
  return (pageStyles as readonly string[]).includes(value);
}

/** Whether opening the page sends the first code (else a button press or the right PIN does). */
export function sendsCodeOnOpen(style: PageStyle): boolean {
  return style === "current" || style === "resend-own-form";
}
