/**
 * A verification page as a person reads it, whatever its markup: which fields it asks for (PIN,
 * SMS code), and which control does what: pays, sends the first code, sends a new one, or
 * leads elsewhere. Controls are found wherever they are on the page (any form, or a link),
 * by their text, value, name, id or aria-label; config can override each heuristic.
 * Both page drivers use it: the form driver on the HTML it fetched, the browser driver on the
 * DOM it rendered (so a form built by script is read the same way).
 */
import { type HTMLElement, parse } from "node-html-parser";
import { metaRefreshUrl, type ParsedForm, readForm } from "./htmlForm";

export interface Control {
  /** A submit control sends its form (with its own name=value, if it has a name); a link is a GET. */
  kind: "submit" | "link";
  /** What the person sees, for evidence: its text, else its value. */
  label: string;
  form?: ParsedForm;
  button?: { name: string; value: string };
  href?: string;
  /** Browser only: the data-kit-id the driver stamped on the element, to click it. */
  kitId?: string;
}

export interface PageModel {
  /** The names of the PIN and SMS code fields the page asks for, if it does. */
  pinName?: string;
  codeName?: string;
  /** The form holding the fields, and the control that submits it to pay. */
  verify?: Control;
  /** A control that sends the first code ("Send code"), when the page has one besides resend. */
  sendCode?: Control;
  /** A control that sends a new code ("Resend", "Send a new code"). */
  resend?: Control;
  /** Every other way off the page: links and submit controls. */
  exits: Control[];
  /** A `<meta http-equiv=refresh>` that soon moves on. */
  refresh?: string;
  runsScript: boolean;
  text: string;
}

export interface ControlHints {
  pinField?: string;
  smsCodeField?: string;
  /** Regular expressions (case-insensitive) over a control's text, value, name, id and aria-label. */
  controls?: { sendCode?: string; resend?: string; submit?: string };
}

const defaults = {
  resend: /re-?send|new code|another code|send again|code again|didn.?t (get|receive)/i,
  sendCode: /\b(send|get|request|text)\b.*\b(code|sms|otp)\b|\b(code|sms|otp)\b.*\bsend\b/i,
  submit: /pay|confirm|verify|submit|continue|next|ok\b|authori[sz]e|proceed/i,
};

const regexOf = (source: string | undefined, fallback: RegExp) => (source ? new RegExp(source, "i") : fallback);

/** Everything a control says about itself, for the heuristics. */
function describe(el: HTMLElement): string {
  return [
    el.text,
    el.getAttribute("value"),
    el.getAttribute("name"),
    el.getAttribute("id"),
    el.getAttribute("aria-label"),
    el.getAttribute("title"),
  ]
    .filter(Boolean)
    .join(" ")
    .replace(/\s+/g, " ")
    .trim();
}

function isSubmit(el: HTMLElement): boolean {
  const tag = el.tagName.toLowerCase();
  const type = (el.getAttribute("type") ?? (tag === "button" ? "submit" : "text")).toLowerCase();
  return (tag === "button" || tag === "input") && (type === "submit" || type === "image");
}

/** A link a person can follow without script. */
function isRealLink(href: string | undefined): href is string {
  return href !== undefined && href.trim() !== "" && !href.trim().startsWith("#") && !/^\s*javascript:/i.test(href);
}

function fieldName(
  root: HTMLElement,
  configured: string | undefined,
  fallback: string,
  guess: (input: HTMLElement) => boolean,
): string | undefined {
  const inputs = root
    .querySelectorAll("input, select, textarea")
    .filter((el) => !el.hasAttribute("disabled") && (el.getAttribute("type") ?? "").toLowerCase() !== "hidden");
  const byName = inputs.find((el) => el.getAttribute("name") === (configured ?? fallback));
  if (byName || configured) return byName?.getAttribute("name");
  return inputs.find(guess)?.getAttribute("name") ?? undefined;
}

const looksLikePin = (el: HTMLElement) =>
  (el.getAttribute("type") ?? "").toLowerCase() === "password" || /pin|passcode/i.test(el.getAttribute("name") ?? "");
const looksLikeCode = (el: HTMLElement) =>
  (el.getAttribute("autocomplete") ?? "").toLowerCase() === "one-time-code" ||
  /otp|sms|code/i.test(el.getAttribute("name") ?? "");

export function readPage(html: string, pageUrl: string, hints: ControlHints = {}): PageModel {
  const root = parse(html);
  const pinName = fieldName(root, hints.pinField, "pin", looksLikePin);
  const codeName = fieldName(
    root,
    hints.smsCodeField,
    "smsCode",
    (el) => el.getAttribute("name") !== pinName && looksLikeCode(el),
  );
  const controls: (Control & { says: string; inFieldForm: boolean })[] = [];
  const fieldForm = root
    .querySelectorAll("form")
    .find((f) => [pinName, codeName].some((n) => n && f.querySelector(`[name="${n}"]`)));
  for (const form of root.querySelectorAll("form")) {
    const parsed = readForm(form, pageUrl);
    for (const el of form.querySelectorAll("button, input").filter(isSubmit)) {
      const name = el.getAttribute("name") ?? "";
      controls.push({
        kind: "submit",
        label: (el.text.trim() || el.getAttribute("value")) ?? "",
        form: parsed,
        button: { name, value: el.getAttribute("value") ?? "" },
        ...kitIdOf(el),
        says: describe(el),
        inFieldForm: form === fieldForm,
      });
    }
  }
  for (const a of root.querySelectorAll("a")) {
    const href = a.getAttribute("href");
    if (!isRealLink(href)) continue;
    controls.push({
      kind: "link",
      label: a.text.trim(),
      href: new URL(href, pageUrl).href,
      ...kitIdOf(a),
      says: describe(a),
      inFieldForm: false,
    });
  }
  const resendPattern = regexOf(hints.controls?.resend, defaults.resend);
  const sendPattern = regexOf(hints.controls?.sendCode, defaults.sendCode);
  const submitPattern = regexOf(hints.controls?.submit, defaults.submit);
  const resend = controls.find((c) => resendPattern.test(c.says));
  const sendCode = controls.find((c) => c !== resend && sendPattern.test(c.says) && !resendPattern.test(c.says));
  const candidates = controls.filter((c) => c.kind === "submit" && c.inFieldForm && c !== resend && c !== sendCode);
  const verify =
    candidates.find((c) => submitPattern.test(c.says)) ?? (hints.controls?.submit ? undefined : candidates[0]);
  const strip = (c: (typeof controls)[number] | undefined): Control | undefined => {
    if (!c) return undefined;
    const { says: _says, inFieldForm: _in, ...control } = c;
    return control;
  };
  const runsScript = root.querySelector("script") !== null;
  for (const hidden of root.querySelectorAll("script, style, template")) hidden.remove();
  return {
    ...(pinName ? { pinName } : {}),
    ...(codeName ? { codeName } : {}),
    ...(verify ? { verify: strip(verify) } : {}),
    ...(sendCode ? { sendCode: strip(sendCode) } : {}),
    ...(resend ? { resend: strip(resend) } : {}),
    exits: controls.filter((c) => c !== verify && c !== sendCode && c !== resend).map((c) => strip(c)!),
    ...(metaRefreshUrl(html, pageUrl) ? { refresh: metaRefreshUrl(html, pageUrl) } : {}),
    runsScript,
    text: (root.querySelector("body") ?? root).structuredText.replace(/\s+/g, " ").trim(),
  };
}

function kitIdOf(el: HTMLElement): { kitId?: string } {
  const id = el.getAttribute("data-kit-id");
  return id ? { kitId: id } : {};
}

/** The fields a submission sends: the form's own, with the PIN and code typed in where it has them. */
export function formFields(
  form: ParsedForm,
  model: PageModel,
  values: { pin?: string; smsCode?: string },
  button?: Control["button"],
): URLSearchParams {
  const fields = new URLSearchParams();
  for (const [name, value] of form.fields) {
    if (name === model.pinName) fields.append(name, values.pin ?? "");
    else if (name === model.codeName) fields.append(name, values.smsCode ?? "");
    else fields.append(name, value);
  }
  if (button?.name) fields.append(button.name, button.value);
  return fields;
}
