/**
 * Pretty-printed JSON as escaped HTML, with the value at one JSON path highlighted: the
 * evidence a finding cites ("$.result.resultStatus") is marked where it sits in the body.
 */
import { esc } from "./escape";

/** "$.a.b[0]['c.d']" → "$.a.b[0].c.d": paths compared in one spelling. */
export function normalizePath(path: string): string {
  return path.replace(/\[['"]([^'"]*)['"]\]/g, ".$1").replace(/\s+/g, "");
}

interface Walk {
  target?: string;
  found: boolean;
}

function render(value: unknown, path: string, indent: string, walk: Walk): string {
  const inner = `${indent}  `;
  let html: string;
  if (Array.isArray(value)) {
    html =
      value.length === 0
        ? "[]"
        : `[\n${value.map((v, i) => inner + render(v, `${path}[${i}]`, inner, walk)).join(",\n")}\n${indent}]`;
  } else if (value !== null && typeof value === "object") {
    const entries = Object.entries(value);
    html =
      entries.length === 0
        ? "{}"
        : `{\n${entries.map(([k, v]) => `${inner}<span class="jk">${esc(JSON.stringify(k))}</span>: ${render(v, `${path}.${k}`, inner, walk)}`).join(",\n")}\n${indent}}`;
  } else {
    const kind = value === null ? "jn" : typeof value === "string" ? "js" : typeof value === "number" ? "jd" : "jb";
    html = `<span class="${kind}">${esc(JSON.stringify(value))}</span>`;
  }
  if (walk.target !== undefined && path === walk.target) {
    walk.found = true;
    return `<mark class="hit">${html}</mark>`;
  }
  return html;
}

/** The HTML and whether the path was found (a missing field is evidence too: the caller says so). */
export function jsonHtml(value: unknown, highlight?: string): { html: string; found: boolean } {
  // "$" cites the whole body (e.g. a header was missing): nothing in it to point at.
  const target = highlight === undefined || normalizePath(highlight) === "$" ? undefined : normalizePath(highlight);
  const walk: Walk = { target, found: target === undefined };
  return { html: render(value, "$", "", walk), found: walk.found };
}
