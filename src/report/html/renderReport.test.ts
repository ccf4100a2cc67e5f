import { createHash } from "node:crypto";
import { parse } from "node-html-parser";
import { call, callback, trace } from "../../checks/testing/traceBuilder";
import type { Finding } from "../../core/verdicts";
import type { RunMeta, VerdictView } from "../reportInput";
import { contentSecurityPolicy } from "./assets";
import { jsonHtml } from "./jsonView";
import { renderReportHtml } from "./renderReport";

const meta: RunMeta = {
  runId: "2026-12-02T08-00-00Z-abcd",
  startedAt: 0,
  targetUrl: "https://user:pw@mpp.example.test",
  embedded: false,
  faults: [],
  scenarios: ["happy-path"],
  profile: "fast",
  driver: "form",
  kitVersion: "0.1.0",
  specHash: `sha256:${"0".repeat(64)}`,
};
const order = call(
  "order",
  "pay",
  { paymentRequestId: "p1" },
  { result: { resultStatus: "S", resultCode: "SUCCESS" }, accessToken: "tok-SECRET-123456789" },
);
const notify = callback("notifyPayment", { paymentRequestId: "p1", paymentResult: { resultStatus: "S" } }, "U");
const retry = callback("notifyPayment", { paymentRequestId: "p1", paymentResult: { resultStatus: "S" } }, "S");
const failing: Finding = {
  rule: "order.never-success",
  level: "MUST",
  verdict: "fail",
  scenario: "happy-path",
  title: 'order creation answered "S"',
  evidence: [{ exchangeId: order.id, side: "response", path: "$.result.resultStatus", api: "pay", step: "order" }],
  expected: "U PAYMENT_IN_PROCESS",
  received: "S",
  hint: "answer U until verified",
};
const verdict = (rule: string, v: string, extra: Record<string, unknown> = {}): VerdictView => ({
  rule,
  level: "MUST",
  text: `text of ${rule}`,
  verdict: v,
  findings: [],
  ...extra,
});

function page(verdicts: VerdictView[]) {
  const html = renderReportHtml({
    run: { traces: [trace("happy-path", [order, notify, retry])], findings: [failing], verdicts, durationMs: 1234 },
    meta,
    reproduce: (id) => (id === order.id ? "curl -i -X POST 'http://127.0.0.1:1/pay'" : undefined),
  });
  // <pre> holds markup here (the JSON highlighting): parse it as elements, not raw text.
  return { html, root: parse(html, { blockTextElements: { script: true, style: true } }) };
}

test("every verdict value gets a label and a class, new grades and unknown ones included", () => {
  const { root } = page([
    verdict("order.never-success", "fail"),
    verdict("eval.result-status", "waived", { waiver: { reason: "known bug", expires: "2027-01-01" } }),
    verdict("eval.no-notification", "brand-new"),
  ]);
  const rows = root.querySelectorAll("details.rule");
  expect(rows.map((r) => r.getAttribute("data-grade"))).toEqual(["fail", "waived", "brand-new"]);
  expect(rows.map((r) => r.querySelector(".badge")?.classNames)).toEqual([
    "badge g-fail",
    "badge g-waived",
    "badge g-brand-new",
  ]);
  expect(rows[1]!.textContent).toContain('"reason":"known bug"');
  expect(root.querySelectorAll("input[name=grade]").map((i) => i.getAttribute("value"))).toEqual([
    "fail",
    "brand-new",
    "waived",
  ]);
});

test("a roll-up's grade wins over its verdict", () => {
  const { root } = page([verdict("order.never-success", "fail", { grade: "warn" })]);
  expect(root.querySelector("details.rule")?.getAttribute("data-grade")).toBe("warn");
  expect(root.querySelector("#verdict")?.textContent).toBe("WARN");
});

test("a failure shows Expected/Received/Hint, its evidence marked at the JSON path, and the curl", () => {
  const { root } = page([verdict("order.never-success", "fail")]);
  const finding = root.querySelector("#rule--order_never-success .finding")!;
  expect(finding.querySelector(".erh")!.textContent).toBe(
    "ExpectedU PAYMENT_IN_PROCESSReceivedSHintanswer U until verified",
  );
  expect(finding.querySelector("mark.hit")!.textContent).toBe('"S"');
  expect(finding.querySelector("pre.curl")!.textContent).toContain("curl -i -X POST");
  expect(root.querySelector(".failures a")!.getAttribute("href")).toBe("#rule--order_never-success");
});

test("the timeline numbers callback retries and shows the simulator's answers; secrets and credentials are masked", () => {
  const { html, root } = page([verdict("order.never-success", "fail")]);
  const events = root.querySelectorAll("li.event").map((e) => e.textContent);
  expect(events[1]).toMatch(/attempt 1.*simulator answered U/);
  expect(events[2]).toMatch(/retry: attempt 2.*simulator answered S/);
  expect(html).not.toContain("tok-SECRET-123456789");
  expect(html).not.toContain("user:pw@");
});

test("the CSP allows exactly the page's own script and style, by hash, and nothing from the network", () => {
  const { root } = page([verdict("order.never-success", "fail")]);
  const csp = root.querySelector("meta[http-equiv=Content-Security-Policy]")!.getAttribute("content")!;
  expect(csp).toBe(contentSecurityPolicy);
  const hash = (text: string) => `'sha256-${createHash("sha256").update(text).digest("base64")}'`;
  expect(csp).toContain(`script-src ${hash(root.querySelector("script")!.rawText)}`);
  expect(csp).toContain(`style-src ${hash(root.querySelector("style")!.rawText)}`);
  expect(csp).toMatch(/^default-src 'none';/);
  expect(root.querySelectorAll("script")).toHaveLength(1);
  expect(root.querySelectorAll("[src]:not(img), link")).toHaveLength(0);
});

test("JSON is pretty-printed and escaped; a path not in the body is said so", () => {
  expect(jsonHtml({ a: ["<b>"] }, "$.a[0]").html).toBe(
    '{\n  <span class="jk">&quot;a&quot;</span>: [\n    <mark class="hit"><span class="js">&quot;&lt;b&gt;&quot;</span></mark>\n  ]\n}',
  );
  expect(jsonHtml({ a: 1 }, "$.b").found).toBe(false);
  expect(jsonHtml({ "a.b": { c: 1 } }, "$['a.b'].c").found).toBe(true);
});
