/**
 * The verification page variants the fixture MPP serves: the shapes real wallets use, and the
 * ways a page can end. Each is small, plain HTML, and behaves as its name says. Only for tests.
 */
export const pageVariants = [
  "classic",
  "resend-own-form",
  "send-code-first",
  "pin-then-code",
  "resend-link",
  "nameless-buttons",
  "script-form",
  "wrong-input-422",
  "meta-refresh",
  "script-redirect",
  "dead-end-after-failure",
  "dead-end-after-success",
] as const;

export type PageVariant = (typeof pageVariants)[number];

/** What the page shows, from the payment's state. */
export interface PageState {
  paymentId: string;
  message: string;
  codeSent: boolean;
  /** pin-then-code: the PIN was right, the code page is shown. */
  pinOk: boolean;
}

const pin = `<label>PIN <input type="password" name="pin"></label>`;
const code = `<label>Code <input name="smsCode" autocomplete="one-time-code"></label>`;
const csrf = `<input type="hidden" name="csrf" value="t0k">`;

/** The forms (and links) of a variant's verification page. */
function body(variant: PageVariant, state: PageState): string {
  const id = encodeURIComponent(state.paymentId);
  switch (variant) {
    case "resend-own-form":
      return `<form method="post">${csrf}${pin}${code}<button type="submit" name="action" value="verify">Pay</button></form>
<form method="post">${csrf}<input type="hidden" name="action" value="resend"><button type="submit">Resend code</button></form>`;
    case "send-code-first":
      return `<form method="post">${csrf}${pin}${code}
<button type="submit" name="action" value="send">${state.codeSent ? "Send again" : "Send code"}</button>
<button type="submit" name="action" value="verify">Confirm</button></form>`;
    case "pin-then-code":
      return state.pinOk
        ? `<form method="post">${csrf}${code}<button type="submit" name="action" value="verify">Pay</button>
<button type="submit" name="action" value="resend">Get a new code</button></form>`
        : `<form method="post">${csrf}${pin}<button type="submit" name="action" value="pin">Next</button></form>`;
    case "resend-link":
      return `<form method="post">${csrf}${pin}${code}<button type="submit" name="action" value="verify">Pay</button></form>
<p>No SMS? <a href="/resend/${id}">Resend code</a></p>`;
    case "nameless-buttons":
      return `<form method="post" action="/verify/${id}">${csrf}${pin}${code}<button>Pay now</button></form>
<form method="post" action="/resend/${id}">${csrf}<input type="submit" value="Send me a new code"></form>`;
    case "script-form":
      // The whole form exists only once the script ran, as in single-page apps.
      return `<div id="app">Loading…</div><script>
document.getElementById("app").innerHTML = ${JSON.stringify(`<form method="post">${csrf}${pin}${code}<button type="submit" name="action" value="verify">Pay</button><button type="submit" name="action" value="resend">Resend code</button></form>`)};
</script>`;
    default:
      return `<form method="post">${csrf}${pin}${code}
<button type="submit" name="action" value="verify">Pay</button>
<button type="submit" name="action" value="resend">Send a new code</button></form>`;
  }
}

export function verificationPage(variant: PageVariant, state: PageState): string {
  return `<!doctype html><html><body><h1>Confirm</h1><p class="msg">${state.message}</p>\n${body(variant, state)}\n</body></html>`;
}

/** How the payment ends in the browser: a 303, a refresh, a script, or (dead-end variants) nowhere. */
export type Ending = { kind: "redirect"; location: string } | { kind: "html"; html: string };

export function ending(
  variant: PageVariant,
  target: string,
  status: "success" | "fail",
  legacy: { scriptRedirect?: boolean; metaRefresh?: boolean },
): Ending {
  if (variant === "dead-end-after-failure" && status === "fail") {
    return {
      kind: "html",
      html: `<!doctype html><html><body><h1>Too many attempts</h1><p>Your payment was cancelled.</p></body></html>`,
    };
  }
  if (variant === "dead-end-after-success" && status === "success") {
    return {
      kind: "html",
      html: `<!doctype html><html><body><h1>Paid</h1><p>Thank you, your payment is complete.</p></body></html>`,
    };
  }
  if (variant === "script-redirect" || legacy.scriptRedirect) {
    return {
      kind: "html",
      html: `<!doctype html><html><body><p>Processing...</p><script>setTimeout(() => { location.href = ${JSON.stringify(target)}; }, 300);</script></body></html>`,
    };
  }
  if (variant === "meta-refresh" || legacy.metaRefresh) {
    return {
      kind: "html",
      html: `<!doctype html><html><head><meta http-equiv="refresh" content="0; url=${target.replace(/&/g, "&amp;")}"></head><body>Processing...</body></html>`,
    };
  }
  return { kind: "redirect", location: target };
}

/** Whether opening the page sends the first code (else "Send code" or the right PIN does). */
export const sendsCodeOnOpen = (variant: PageVariant) => variant !== "send-code-first" && variant !== "pin-then-code";
