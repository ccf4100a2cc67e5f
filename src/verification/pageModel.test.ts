import { readPage } from "./pageModel";
import { pageVariants, verificationPage } from "./testing/galleryPages";

const url = "http://127.0.0.1:9/verify/p1";
const state = { paymentId: "p1", message: "", codeSent: true, pinOk: false };

/** What a person would say each control of a page does. */
function roles(html: string, hints = {}) {
  const page = readPage(html, url, hints);
  const said = (c: { label: string; kind: string } | undefined) => (c ? `${c.kind}:${c.label}` : undefined);
  return {
    pin: page.pinName,
    code: page.codeName,
    verify: said(page.verify),
    sendCode: said(page.sendCode),
    resend: said(page.resend),
    exits: page.exits.length,
  };
}

test.each([
  {
    variant: "classic",
    want: {
      pin: "pin",
      code: "smsCode",
      verify: "submit:Pay",
      sendCode: undefined,
      resend: "submit:Send a new code",
      exits: 0,
    },
  },
  {
    variant: "resend-own-form",
    want: {
      pin: "pin",
      code: "smsCode",
      verify: "submit:Pay",
      sendCode: undefined,
      resend: "submit:Resend code",
      exits: 0,
    },
  },
  {
    variant: "resend-link",
    want: {
      pin: "pin",
      code: "smsCode",
      verify: "submit:Pay",
      sendCode: undefined,
      resend: "link:Resend code",
      exits: 0,
    },
  },
  {
    variant: "nameless-buttons",
    want: {
      pin: "pin",
      code: "smsCode",
      verify: "submit:Pay now",
      sendCode: undefined,
      resend: "submit:Send me a new code",
      exits: 0,
    },
  },
  {
    variant: "send-code-first",
    codeSent: false,
    want: {
      pin: "pin",
      code: "smsCode",
      verify: "submit:Confirm",
      sendCode: "submit:Send code",
      resend: undefined,
      exits: 0,
    },
  },
  {
    variant: "send-code-first",
    codeSent: true,
    want: {
      pin: "pin",
      code: "smsCode",
      verify: "submit:Confirm",
      sendCode: undefined,
      resend: "submit:Send again",
      exits: 0,
    },
  },
  {
    variant: "pin-then-code",
    want: { pin: "pin", code: undefined, verify: "submit:Next", sendCode: undefined, resend: undefined, exits: 0 },
  },
  {
    variant: "pin-then-code",
    pinOk: true,
    want: {
      pin: undefined,
      code: "smsCode",
      verify: "submit:Pay",
      sendCode: undefined,
      resend: "submit:Get a new code",
      exits: 0,
    },
  },
] as const)(
  "$variant: pays with $want.verify, sends with $want.sendCode, resends with $want.resend",
  ({ variant, want, ...s }) => {
    expect(roles(verificationPage(variant, { ...state, ...s }))).toEqual(want);
  },
);

test("a form built by script has no fields in the HTML the form driver fetches, and says it runs script", () => {
  const page = readPage(verificationPage("script-form", state), url);
  expect(page).toMatchObject({ runsScript: true, exits: [] });
  expect(page.pinName).toBeUndefined();
  expect(page.text).toBe("Confirm Loading…");
});

test("fields and controls are found by what they are when the names differ, and config overrides the guesses", () => {
  const html = `<form method="post"><input type="password" name="passcode"><input name="otp" autocomplete="one-time-code">
<button name="go">Authorise</button><button name="x">Text me</button></form><a href="/help">Help</a>`;
  expect(roles(html)).toEqual({
    pin: "passcode",
    code: "otp",
    verify: "submit:Authorise",
    sendCode: undefined,
    resend: undefined,
    exits: 2,
  });
  expect(roles(html, { controls: { sendCode: "^text me" } })).toMatchObject({ sendCode: "submit:Text me", exits: 1 });
  expect(roles(html, { pinField: "pin" })).toMatchObject({ pin: undefined });
});

test("javascript: and # links are no way on", () => {
  expect(readPage(`<p>Failed.</p><a href="#">Back</a><a href="javascript:history.back()">Back</a>`, url).exits).toEqual(
    [],
  );
});

test("every gallery variant renders", () => {
  for (const variant of pageVariants) expect(verificationPage(variant, state)).toContain("<h1>Confirm</h1>");
});
