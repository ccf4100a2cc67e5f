/**
 * Per scenario, what happened in order and when: the kit's calls and the target's answers, the
 * target's callbacks with the simulator's answers (retries numbered), the verification with its
 * redirect and screenshots, and the scenario's notes. Input is an already-redacted trace.
 */
import type { Exchange, RecordedMessage, Trace, VerificationRecord } from "../../core/trace";
import { anchor, esc } from "./escape";
import { jsonHtml } from "./jsonView";

/** Bodies past this are cut in the page (the full, redacted body stays in findings.json). */
const maxBodyChars = 64 * 1024;

export interface TimelineContext {
  /** Screenshot path (as recorded) → data: URI. */
  screenshots: ReadonlyMap<string, string>;
  /** Exchange ids cited by a failing finding, as "scenario/xN". */
  cited: ReadonlySet<string>;
}

export const exchangeAnchor = (scenario: string, exchangeId: string): string => anchor("ev", scenario, exchangeId);

function headersHtml(headers: Record<string, string>): string {
  const rows = Object.entries(headers).map(([k, v]) => `<tr><td>${esc(k)}</td><td>${esc(v)}</td></tr>`);
  return rows.length ? `<table class="h">${rows.join("")}</table>` : `<p class="note">no headers</p>`;
}

/** A body pretty-printed when it is JSON (parsed or parseable), else shown as text. */
export function bodyHtml(message: RecordedMessage, highlight?: string): string {
  let json = message.json;
  if (json === undefined) {
    try {
      json = message.body.trim() ? (JSON.parse(message.body) as unknown) : undefined;
    } catch {
      json = undefined;
    }
  }
  const cut = message.truncated ? `<p class="note">body truncated when recorded</p>` : "";
  if (json !== undefined) {
    const { html, found } = jsonHtml(json, highlight);
    const missing = highlight && !found ? `<p class="note">${esc(highlight)} is not in this body</p>` : "";
    return `${missing}<pre class="json">${html.length > maxBodyChars * 2 ? `${esc(JSON.stringify(json).slice(0, maxBodyChars))}…` : html}</pre>${cut}`;
  }
  if (message.body === "") return `<p class="note">empty body</p>`;
  const text =
    message.body.length > maxBodyChars
      ? `${message.body.slice(0, maxBodyChars)}… (${message.body.length} chars)`
      : message.body;
  return `<pre>${esc(text)}</pre>${cut}`;
}

function statusHtml(x: Exchange): string {
  if (x.error) return `<span class="st bad">${esc(x.error.kind)}</span>`;
  if (!x.response) return `<span class="st bad">no answer</span>`;
  const ok = x.response.status >= 200 && x.response.status < 300;
  const answered = x.answeredWith ? ` · answered ${esc(x.answeredWith)}` : "";
  return `<span class="st ${ok ? "ok" : "bad"}">HTTP ${esc(x.response.status)} · ${esc(x.durationMs)} ms${answered}</span>`;
}

function exchangeHtml(trace: Trace, x: Exchange, attempt: number | undefined, ctx: TimelineContext): string {
  const to = x.direction === "to-mpp";
  const who = to ? "kit → MPP" : "MPP → simulator";
  const what = [x.step, x.api ?? "unknown API", x.method, x.url].join(" · ");
  const facts = [
    `step ${esc(x.step)}`,
    x.paymentRequestId ? `paymentRequestId ${esc(x.paymentRequestId)}` : "",
    attempt !== undefined && attempt > 1 ? `<b>retry: attempt ${attempt}</b>` : attempt === 1 ? "attempt 1" : "",
    x.answeredWith ? `simulator answered <b>${esc(x.answeredWith)}</b>` : "",
    x.signature
      ? `signature ${x.signature.valid ? "valid" : `<b>not valid</b>${x.signature.problem ? `: ${esc(x.signature.problem)}` : ""}`}`
      : "",
    x.schema
      ? `schema ${x.schema.valid ? "valid" : `<b>not valid</b>: ${esc(x.schema.errors.map((e) => `${e.path} ${e.message}`).join("; "))}`}`
      : "",
    x.error ? `<b>${esc(x.error.kind)}</b>: ${esc(x.error.message)}` : "",
  ].filter(Boolean);
  const cited = ctx.cited.has(`${trace.scenario}/${x.id}`) ? " cited" : "";
  const response = x.response
    ? `<h5>Response ${esc(x.response.status)}</h5>${headersHtml(x.response.headers)}${bodyHtml(x.response)}`
    : `<h5>Response</h5><p class="note">${x.error ? esc(x.error.message) : "none"}</p>`;
  return (
    `<li class="event${cited}" id="${exchangeAnchor(trace.scenario, x.id)}"><details><summary>` +
    `<span class="t">+${x.startedAt - trace.startedAt} ms</span><span class="dir ${to ? "to" : "from"}">${who} <small>${esc(x.id)}</small></span>` +
    `<span class="url">${esc(what)}</span>${statusHtml(x)}</summary>` +
    `<p class="note">${facts.join(" · ")}</p>` +
    `<div class="cols"><div><h5>Request</h5>${headersHtml(x.request.headers)}${bodyHtml(x.request)}</div><div>${response}</div></div></details></li>`
  );
}

function verificationHtml(v: VerificationRecord, ctx: TimelineContext): string {
  const facts: [string, string | undefined][] = [
    ["driver", v.driver],
    ["intended", v.intended],
    ["page", v.pageServed ? "served (HTML)" : "not served"],
    ["page problem", v.pageProblem],
    ["payment URL", v.paymentUrl],
    ["redirect base", v.expectedRedirectBase],
    ["redirected to", v.landedAt ?? "no redirect seen"],
    [
      "resend",
      v.resend
        ? `${v.resend.requested ? "requested" : "not requested"}, ${v.resend.accepted ? "accepted" : "refused"}${v.resend.oldCodeRefused !== undefined ? `, old code ${v.resend.oldCodeRefused ? "refused" : "accepted"}` : ""}${v.resend.problem ? `: ${v.resend.problem}` : ""}`
        : undefined,
    ],
    ["driver error", v.error],
    ["took", `${v.durationMs} ms`],
  ];
  const rows = facts
    .filter(([, value]) => value !== undefined)
    .map(([k, value]) => `<tr><td>${esc(k)}</td><td>${esc(value)}</td></tr>`);
  const shots = v.screenshots.map((path) => {
    const uri = ctx.screenshots.get(path);
    const name = path.split(/[\\/]/).pop() ?? path;
    // Only data:image/png URIs the kit made itself go into src; anything else is shown as text.
    return uri && /^data:image\/png;base64,[A-Za-z0-9+/=]+$/.test(uri)
      ? `<figure><img alt="${esc(name)}" src="${uri}"><figcaption>${esc(name)}</figcaption></figure>`
      : `<figure><figcaption>${esc(name)} (file not found)</figcaption></figure>`;
  });
  const bad = v.error || v.pageProblem || !v.landedAt;
  return (
    `<li class="event"><details${bad ? " open" : ""}><summary><span class="t">verify</span><span class="dir ver">verification</span>` +
    `<span class="url">${esc(`${v.driver} · ${v.intended} · ${v.paymentRequestId}`)}</span>` +
    `<span class="st ${bad ? "bad" : "ok"}">${v.landedAt ? "redirected" : "no redirect"}</span></summary>` +
    `<table class="h">${rows.join("")}</table>${shots.length ? `<div class="shots">${shots.join("")}</div>` : ""}</details></li>`
  );
}

/** Callback retries: the n-th arrival of the same API for the same payment. */
function attempts(exchanges: readonly Exchange[]): Map<Exchange, number> {
  const seen = new Map<string, number>();
  const out = new Map<Exchange, number>();
  for (const x of exchanges) {
    if (x.direction !== "from-mpp") continue;
    const key = `${x.api}/${x.paymentRequestId ?? x.url}`;
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    out.set(x, n);
  }
  return out;
}

export function timelineHtml(trace: Trace, ctx: TimelineContext): string {
  const exchanges = [...trace.exchanges].sort((a, b) => a.startedAt - b.startedAt);
  const tries = attempts(exchanges);
  // A verification record has no clock of its own: it goes after its payment's last pay call.
  const after = new Map<Exchange | undefined, VerificationRecord[]>();
  for (const v of trace.verifications) {
    const anchorX = [...exchanges].reverse().find((x) => x.api === "pay" && x.paymentRequestId === v.paymentRequestId);
    after.set(anchorX, [...(after.get(anchorX) ?? []), v]);
  }
  const items = exchanges.flatMap((x) => [
    exchangeHtml(trace, x, tries.get(x), ctx),
    ...(after.get(x) ?? []).map((v) => verificationHtml(v, ctx)),
  ]);
  items.push(...(after.get(undefined) ?? []).map((v) => verificationHtml(v, ctx)));
  items.push(
    ...trace.notes.map(
      (n) =>
        `<li class="event"><div class="line"><span class="t">note</span><span class="dir note">scenario</span><span>${esc(n)}</span><span></span></div></li>`,
    ),
  );
  const took = trace.finishedAt !== undefined ? `${trace.finishedAt - trace.startedAt} ms` : "did not finish";
  return (
    `<details class="scenario" id="${anchor("sc", trace.scenario)}"><summary>${esc(trace.scenario)}<small>${exchanges.length} exchanges · ${trace.verifications.length} verifications · ${took}</small></summary>` +
    `<ol class="timeline">${items.join("")}</ol></details>`
  );
}
