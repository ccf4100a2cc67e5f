/**
 * The page's own style and script, and the Content-Security-Policy that allows exactly these
 * two blocks (by hash) and nothing else: no network, no other script, images only as data:.
 * Whatever the target managed to put in the page could not run or load anything.
 */
import { createHash } from "node:crypto";

export const css = `
:root{--fg:#1d2330;--muted:#5d6677;--line:#e2e6ee;--bg:#f6f7fb;--card:#fff;--fail:#c62828;--warn:#b26a00;--pass:#2e7d32;--skip:#6b7280;--nt:#8b95a7;--waived:#6a1b9a;--inc:#d84315;--mark:#fff3a0}
*{box-sizing:border-box}
body{margin:0;font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--fg);background:var(--bg)}
header{background:#111827;color:#fff;padding:18px 28px}
header h1{margin:0 0 4px;font-size:20px;font-weight:600}
header .meta{color:#c7cbd6;font-size:12.5px}
header .meta span{display:inline-block;margin-right:14px;white-space:nowrap}
.banner{display:flex;align-items:center;gap:16px;flex-wrap:wrap;margin-top:12px}
.big{font-size:22px;font-weight:700;padding:4px 14px;border-radius:6px;color:#fff}
.counts span{display:inline-block;margin-right:8px;padding:2px 10px;border-radius:12px;background:#273043;font-size:13px}
main{padding:18px 28px;max-width:1400px}
h2{font-size:16px;margin:22px 0 8px}
.toolbar{position:sticky;top:0;z-index:2;background:var(--bg);padding:10px 0;border-bottom:1px solid var(--line);display:flex;gap:14px;align-items:center;flex-wrap:wrap}
.toolbar input[type=search]{padding:6px 10px;width:320px;border:1px solid #c9cfdb;border-radius:6px;font-size:14px}
.toolbar select{padding:5px;border-radius:6px;border:1px solid #c9cfdb}
.toolbar label{cursor:pointer;user-select:none}
#shown{color:var(--muted)}
.failures{background:#fff5f5;border:1px solid #f3c2c2;border-radius:8px;padding:10px 16px;margin-top:14px}
.failures h2{margin:4px 0 6px;color:var(--fail)}
.failures li{margin:3px 0}
a{color:#1a56db}
section.area{background:var(--card);border:1px solid var(--line);border-radius:8px;margin:14px 0;overflow:hidden}
section.area>h3{margin:0;padding:8px 14px;font-size:14px;background:#eef1f7;border-bottom:1px solid var(--line);display:flex;justify-content:space-between}
section.area>h3 small{font-weight:400;color:var(--muted)}
details.rule{border-bottom:1px solid var(--line);scroll-margin-top:64px}
.event,.finding,.scenario{scroll-margin-top:64px}
details.more>summary{cursor:pointer;color:#1a56db;margin:8px 0}
details.rule:last-child{border-bottom:0}
details.rule>summary{display:grid;grid-template-columns:124px 64px minmax(180px,300px) 1fr;gap:10px;padding:7px 14px;cursor:pointer;list-style:none;align-items:baseline}
details.rule>summary::-webkit-details-marker{display:none}
details.rule>summary:hover{background:#f8fafc}
details.rule[open]>summary{background:#f1f5fb}
.rid{font-family:ui-monospace,SFMono-Regular,Menlo,monospace;font-size:12.5px;word-break:break-all}
.badge{display:inline-block;white-space:nowrap;min-width:86px;text-align:center;font-size:12px;font-weight:700;text-transform:uppercase;letter-spacing:.03em;padding:2px 8px;border-radius:4px;color:#fff;background:var(--skip)}
.g-fail{background:var(--fail)}.g-warn{background:var(--warn)}.g-pass{background:var(--pass)}.g-skip{background:var(--skip)}.g-not-testable{background:var(--nt)}.g-waived{background:var(--waived)}.g-incomplete,.g-expired{background:var(--inc)}
.lvl{font-size:12px;font-weight:600;color:var(--muted)}
.lvl.MUST{color:#7f1d1d}
.body{padding:8px 18px 14px 18px;background:#fbfcfe}
.body dl{display:grid;grid-template-columns:90px 1fr;gap:2px 12px;margin:4px 0 10px}
.body dt{color:var(--muted)}
.body dd{margin:0}
table.cases{border-collapse:collapse;width:100%;margin:6px 0}
table.cases td,table.cases th{border-top:1px solid var(--line);padding:4px 8px;text-align:left;vertical-align:top;font-size:13px}
table.cases th{color:var(--muted);font-weight:500}
.finding{border-left:4px solid var(--fail);background:#fff;border-radius:4px;padding:8px 12px;margin:10px 0;box-shadow:0 1px 2px rgba(0,0,0,.05)}
.finding.g-warn-f{border-left-color:var(--warn)}
.finding h4{margin:0 0 6px;font-size:14px}
.erh{display:grid;grid-template-columns:80px 1fr;gap:3px 10px}
.erh b{color:var(--muted);font-weight:600}
pre{background:#0f172a;color:#e2e8f0;padding:10px 12px;border-radius:6px;overflow:auto;max-height:460px;font:12.5px/1.45 ui-monospace,SFMono-Regular,Menlo,monospace;white-space:pre-wrap;word-break:break-all}
pre.curl{background:#1e293b}
.jk{color:#93c5fd}.js{color:#fca5a5}.jd{color:#fcd34d}.jb,.jn{color:#c4b5fd}
mark.hit{background:var(--mark);color:#111;border-radius:2px;outline:2px solid #f59e0b}
mark.hit span{color:#111}
.note{color:var(--muted);font-size:12.5px}
.why{color:var(--muted)}
.scenario{background:var(--card);border:1px solid var(--line);border-radius:8px;margin:12px 0}
.scenario>summary{padding:8px 14px;cursor:pointer;font-weight:600}
.scenario>summary small{font-weight:400;color:var(--muted);margin-left:8px}
ol.timeline{list-style:none;margin:0;padding:0 14px 10px}
.event{border-top:1px solid var(--line);padding:5px 0}
.event>details>summary,.event>.line{display:grid;grid-template-columns:70px 130px 1fr auto;gap:10px;cursor:pointer;align-items:baseline}
.t{font-family:ui-monospace,monospace;color:var(--muted);font-size:12px;text-align:right}
.dir{font-size:12px;font-weight:600}
.dir.to{color:#1d4ed8}.dir.from{color:#7c3aed}.dir.ver{color:#047857}.dir.note{color:var(--muted)}
.url{font-family:ui-monospace,monospace;font-size:12.5px;word-break:break-all}
.st{font-family:ui-monospace,monospace;font-size:12px;padding:1px 6px;border-radius:4px;background:#e5e7eb}
.st.bad{background:#fee2e2;color:#991b1b}.st.ok{background:#dcfce7;color:#166534}
.event.cited{background:#fffbea}
.cols{display:grid;grid-template-columns:1fr 1fr;gap:12px}
@media (max-width:900px){.cols{grid-template-columns:1fr}details.rule>summary{grid-template-columns:96px 56px 1fr}details.rule>summary .text{grid-column:1/-1}}
table.h{border-collapse:collapse;font:12px ui-monospace,monospace;margin:4px 0}
table.h td{padding:1px 8px 1px 0;vertical-align:top;word-break:break-all}
table.h td:first-child{color:var(--muted);white-space:nowrap}
.shots{display:flex;gap:10px;flex-wrap:wrap;margin-top:6px}
.shots figure{margin:0;border:1px solid var(--line);border-radius:6px;padding:4px;background:#fff}
.shots img{max-width:420px;max-height:360px;display:block}
.shots figcaption{font-size:11px;color:var(--muted)}
[hidden]{display:none!important}
`;

export const script = `
(function () {
  "use strict";
  var q = document.getElementById("q");
  var area = document.getElementById("area");
  var shown = document.getElementById("shown");
  var grades = Array.prototype.slice.call(document.querySelectorAll("input[name=grade]"));
  var rules = Array.prototype.slice.call(document.querySelectorAll("details.rule"));
  var areas = Array.prototype.slice.call(document.querySelectorAll("section.area"));
  var events = Array.prototype.slice.call(document.querySelectorAll("li.event"));
  function apply() {
    var text = q.value.trim().toLowerCase();
    var on = {};
    grades.forEach(function (g) { if (g.checked) on[g.value] = true; });
    var n = 0;
    rules.forEach(function (r) {
      var show = !!on[r.getAttribute("data-grade")] && (!area.value || r.getAttribute("data-area") === area.value) &&
        (!text || r.textContent.toLowerCase().indexOf(text) >= 0);
      r.hidden = !show;
      if (show) n++;
    });
    areas.forEach(function (s) { s.hidden = !s.querySelector("details.rule:not([hidden])"); });
    events.forEach(function (e) { e.hidden = !!text && e.textContent.toLowerCase().indexOf(text) < 0; });
    shown.textContent = n + " of " + rules.length + " rules shown";
  }
  function openTarget() {
    var id = location.hash ? decodeURIComponent(location.hash.slice(1)) : "";
    var el = id ? document.getElementById(id) : null;
    if (!el) return;
    for (var p = el; p; p = p.parentElement) if (p.tagName === "DETAILS") p.open = true;
    if (el.tagName === "DETAILS") el.open = true;
    el.scrollIntoView();
  }
  q.addEventListener("input", apply);
  area.addEventListener("change", apply);
  grades.forEach(function (g) { g.addEventListener("change", apply); });
  window.addEventListener("hashchange", openTarget);
  apply();
  openTarget();
})();
`;

const sha256 = (text: string) => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;

export const contentSecurityPolicy = [
  "default-src 'none'",
  `script-src ${sha256(script)}`,
  `style-src ${sha256(css)}`,
  "img-src data:",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-src 'none'",
  "connect-src 'none'",
].join("; ");
