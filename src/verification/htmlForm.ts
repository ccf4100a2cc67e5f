/**
 * Forms as a real HTML parser sees them (node-html-parser): where one posts and what it would
 * send. Which control does what is pageModel's.
 */
import { type HTMLElement, parse } from "node-html-parser";

export interface ParsedForm {
  action: string;
  method: "GET" | "POST";
  /** Successful controls in document order (hidden inputs included, buttons excluded). */
  fields: [string, string][];
}

function controlValue(element: HTMLElement): string | undefined {
  const tag = element.tagName.toLowerCase();
  if (tag === "textarea") return element.text;
  if (tag === "select") {
    const option = element.querySelector("option[selected]") ?? element.querySelector("option");
    return option?.getAttribute("value") ?? option?.text ?? "";
  }
  const type = (element.getAttribute("type") ?? "text").toLowerCase();
  if (type === "submit" || type === "button" || type === "image" || type === "reset" || type === "file")
    return undefined;
  if ((type === "checkbox" || type === "radio") && !element.hasAttribute("checked")) return undefined;
  return element.getAttribute("value") ?? (type === "checkbox" || type === "radio" ? "on" : "");
}

/** A form as it would be sent: where, how, and its successful controls (buttons excluded). */
export function readForm(form: HTMLElement, pageUrl: string): ParsedForm {
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
  };
}

/** Longer refreshes are timeouts ("session expired" after 5 minutes), not the flow moving on. */
const maxRefreshSeconds = 10;

/** Where a `<meta http-equiv="refresh" content="1; url=...">` soon sends the browser, if the page has one. */
export function metaRefreshUrl(html: string, pageUrl: string): string | undefined {
  const meta = parse(html)
    .querySelectorAll("meta")
    .find((m) => (m.getAttribute("http-equiv") ?? "").toLowerCase() === "refresh");
  const [, seconds, target] =
    /^\s*(\d*(?:\.\d*)?)\s*[;,]\s*url\s*=\s*['"]?([^'"]+)['"]?\s*$/i.exec(meta?.getAttribute("content") ?? "") ?? [];
  if (!target || Number(seconds || 0) > maxRefreshSeconds) return undefined;
  try {
    return /^https?:\/\//i.test(target) ? target : new URL(target, pageUrl).href;
  } catch {
    return undefined;
  }
}
