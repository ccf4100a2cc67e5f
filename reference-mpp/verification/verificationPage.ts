/**
 * The verification page, server-rendered, in the page style the MPP runs with (pageStyles.ts).
 * The kit's drivers find fields and buttons by what they say, not by this exact markup.
 * No `required` attributes: a browser would refuse to submit "resend" with empty fields.
 */
import type { PageStyle } from "./pageStyles";

export interface PageModel {
  amount: { currency: string; value: string };
  maskedLogin: string;
  notice?: string;
  error?: string;
  style?: PageStyle;
  /** Whether a code has been sent for the payment (send-code-first, pin-then-code depend on it). */
  codeSent?: boolean;
}

const pinField = `<label>PIN <input type="password" name="pin" autocomplete="off" inputmode="numeric"></label>`;
const codeField = `<label>SMS code <input name="smsCode" inputmode="numeric" autocomplete="one-time-code" maxlength="6"></label>`;
const resendButton = `<button type="submit" name="action" value="resend">Send a new code</button>`;

/** The forms of the page, by style. */
function forms(model: PageModel): string {
  switch (model.style ?? "current") {
    case "current":
      return `<form method="post">\n${pinField}\n${codeField}\n<button type="submit" name="action" value="verify">Pay</button>\n${resendButton}\n</form>`;
    case "send-code-first": {
      const send = model.codeSent
        ? resendButton
        : `<button type="submit" name="action" value="send-code">Send code</button>`;
      return `<form method="post">\n${pinField}\n${codeField}\n${send}\n<button type="submit" name="action" value="verify">Pay</button>\n</form>`;
    }
    case "pin-then-code":
      return model.codeSent
        ? `<form method="post">\n${codeField}\n<button type="submit" name="action" value="verify">Pay</button>\n${resendButton}\n</form>`
        : `<form method="post">\n${pinField}\n<button type="submit" name="action" value="pin">Continue</button>\n</form>`;
    case "resend-own-form":
      return `<form method="post">\n${pinField}\n${codeField}\n<button type="submit">Pay</button>\n</form>\n<form method="post"><input type="hidden" name="action" value="resend"><button type="submit">Resend code</button></form>`;
  }
}

function sentLine(model: PageModel): string {
  if (model.codeSent === false)
    return model.style === "pin-then-code"
      ? "<p>Enter your PIN; we then send a 6-digit code by SMS.</p>"
      : `<p>Press "Send code" to get a 6-digit code by SMS to ${escapeHtml(model.maskedLogin)}.</p>`;
  return `<p>We sent a 6-digit code by SMS to ${escapeHtml(model.maskedLogin)}.</p>`;
}

const escapes: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => escapes[c]!);
}

export function renderVerificationPage(model: PageModel): string {
  const notice = model.notice ? `<p class="notice" role="status">${escapeHtml(model.notice)}</p>` : "";
  const error = model.error ? `<p class="error" role="alert">${escapeHtml(model.error)}</p>` : "";
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Confirm your payment</title>
<style>
body{font-family:system-ui,sans-serif;max-width:26rem;margin:2rem auto;padding:0 1rem}
label{display:block;margin:.8rem 0}input{display:block;font-size:1.2rem;width:100%}
.error{color:#b00020}.notice{color:#0a5}button{font-size:1rem;margin:.8rem .5rem 0 0}
</style>
</head>
<body>
<main>
<h1>Confirm your payment</h1>
<p>Pay <strong>${escapeHtml(model.amount.currency)} ${escapeHtml(model.amount.value)}</strong> (in minor units).</p>
${sentLine(model)}
${notice}${error}
${forms(model)}
</main>
</body>
</html>
`;
}

export function renderMessagePage(title: string, text: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head>
<body><main><h1>${escapeHtml(title)}</h1><p>${escapeHtml(text)}</p></main></body></html>
`;
}

/** 852-10000001 → 852-****0001: enough for the user to recognise, not to harvest. */
export function maskLogin(login: string | null): string {
  if (!login) return "your phone";
  return login.length <= 4 ? "****" : `${login.slice(0, Math.max(0, login.length - 8))}****${login.slice(-4)}`;
}
