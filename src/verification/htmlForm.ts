/**
 * The verification form as a real HTML parser sees it (node-html-parser): where it posts, what
 * it would send, and which submit button carries which action.
 */
import { parse, type HTMLElement } from "node-html-parser";

export interface ParsedForm {
  action: string;
  method: "GET" | "POST";
  /** Successful controls in document order (hidden inputs included, buttons excluded). */
  fields: [string, string][];
  /** Submit buttons: name/value pairs by their value ("verify", "resend"). */
  buttons: { name: string; value: string }[];
}

function controlValue(element: HTMLElement): string | undefined {
  const tag = element.tagName.toLowerCase();
  if (tag === "textarea") return element.text;
  if (tag === "select") {
    const option = element.querySelector("option[selected]") ?? element.querySelector("option");
    return option?.getAttribute("value") ?? option?.text ?? "";
  }
  const type = (element.getAttribute("type") ?? "text").toLowerCase();
  if (type === "submit" || type === "button" || type === "image" || type === "reset" || type === "file") return undefined;
  if ((type === "checkbox" || type === "radio") && !element.hasAttribute("checked")) return undefined;
  return element.getAttribute("value") ?? (type === "checkbox" || type === "radio" ? "on" : "");
}

function submitButtons(form: HTMLElement): ParsedForm["buttons"] {
  return form
    .querySelectorAll("button, input")
    .filter((el) => {
      const type = (el.getAttribute("type") ?? (el.tagName.toLowerCase() === "button" ? "submit" : "text")).toLowerCase();
      return type === "submit";
    })
    .map((el) => ({ name: el.getAttribute("name") ?? "", value: el.getAttribute("value") ?? "" }));
}

/** The form holding the given fields (else the page's first form), resolved against the page URL. */
export function parseForm(html: string, pageUrl: string, fieldNames: string[]): ParsedForm | undefined {
  const forms = parse(html).querySelectorAll("form");
  const form = forms.find((f) => fieldNames.some((name) => f.querySelector(`[name="${name}"]`))) ?? forms[0];
  if (!form) return undefined;
  const fields: [string, string][] = [];
  for (const element of form.querySelectorAll("input, select, textarea")) {
    const name = element.getAttribute("name");
    const value = controlValue(element);
    if (name && value !== undefined && !element.hasAttribute("disabled")) fields.push([name, value]);
  }
  const action = form.getAttribute("action");
  return {
    action: new URL(action ? action : pageUrl, pageUrl).href,
    method: (form.getAttribute("method") ?? "get").toUpperCase() === "POST" ? "POST" : "GET",
    fields,
    buttons: submitButtons(form),
  };
}

/** The visible text of a page, for evidence when it is shown again (e.g. "Wrong PIN"). */
export function pageText(html: string): string {
  return parse(html).querySelector("body")?.text.replace(/\s+/g, " ").trim() ?? "";
}

/** Longer refreshes are timeouts ("session expired" after 5 minutes), not the flow moving on. */
const maxRefreshSeconds = 10;

/** Where a `<meta http-equiv="refresh" content="1; url=...">` soon sends the browser, if the page has one. */
export function metaRefreshUrl(html: string, pageUrl: string): string | undefined {
  const meta = parse(html).querySelectorAll("meta").find((m) => (m.getAttribute("http-equiv") ?? "").toLowerCase() === "refresh");
  const [, seconds, target] = /^\s*(\d*(?:\.\d*)?)\s*[;,]\s*url\s*=\s*['"]?([^'"]+)['"]?\s*$/i.exec(meta?.getAttribute("content") ?? "") ?? [];
  if (!target || Number(seconds || 0) > maxRefreshSeconds) return undefined;
  try {
    return /^https?:\/\//i.test(target) ? target : new URL(target, pageUrl).href;
  } catch {
    return undefined;
  }
}

/** Whether the page runs script: then what it shows may not be where it ends (a browser would move on). */
export function runsScript(html: string): boolean {
  return parse(html).querySelector("script") !== null;
}
