/**
 * report.html in a real Chromium: from a run against a reference-MPP fault and from a run
 * against a hostile target whose bodies, headers and page carry script. Nothing the target
 * sent may run, nothing may load, no console error; the failing rule opens to its evidence
 * and a reproducing curl. A screenshot of each is kept in reports/browser-test/.
 */

import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { type Browser, chromium } from "playwright-core";
import { chromiumArgs, systemChromiums } from "../../src/verification/findChromium";
import { runForReports } from "./runForReports";

const screenshots = join(__dirname, "../../reports/browser-test");
let browser: Browser;

beforeAll(async () => {
  const executablePath = process.env.CHROMIUM_PATH ?? systemChromiums.find((p) => existsSync(p));
  browser = await chromium.launch({ executablePath, args: chromiumArgs, headless: true, timeout: 30_000 });
}, 60_000);
afterAll(async () => browser?.close());

/** Every payload sets a global or opens a dialog if it ever runs. */
const payloads = {
  script: "<script>window.__pwned='script';alert('script')</script>",
  attribute: `"><img src=x onerror="window.__pwned='img';alert('img')">`,
  svg: "<svg onload=window.__pwned='svg'>",
  url: "javascript:window.__pwned='url';alert('url')",
};

async function listenHostile(): Promise<{ server: Server; url: string }> {
  let base = "";
  const server = createServer((req, res) => {
    req.resume();
    req.on("end", () => {
      if (req.url?.startsWith("/page")) {
        res
          .writeHead(200, { "content-type": "text/html" })
          .end(
            `<html><body>${payloads.script}${payloads.attribute}<a href="${payloads.url}">pay</a>` +
              `<form action="${payloads.url}" method="post"><input name="pin"><button>go</button></form></body></html>`,
          );
        return;
      }
      res
        .writeHead(200, {
          "content-type": "application/json",
          "x-evil": payloads.attribute,
          "x-evil-script": payloads.script,
        })
        .end(
          JSON.stringify({
            result: { resultStatus: payloads.script, resultCode: payloads.attribute, resultMessage: payloads.svg },
            paymentId: payloads.url,
            paymentUrl: `${base}/page?next=${encodeURIComponent(payloads.url)}`,
            [payloads.attribute]: payloads.script,
          }),
        );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { server, url: base };
}

function quickConfig(): string {
  const file = join(mkdtempSync(join(tmpdir(), "easypay-hostile-report-")), "config.json");
  writeFileSync(
    file,
    JSON.stringify({
      verification: { driver: "form", timeoutMs: 3000 },
      timing: {
        profile: "fast",
        payTimeoutMs: 1000,
        inquiryTimeoutMs: 1000,
        inquiryMaxAttempts: 2,
        callbackWaitMs: 300,
      },
    }),
  );
  return file;
}

interface PageProblems {
  console: string[];
  dialogs: string[];
  requests: string[];
}

async function openReport(
  file: string,
  name: string,
  check: (page: import("playwright-core").Page) => Promise<void>,
): Promise<PageProblems> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 1100 } });
  const page = await context.newPage();
  const problems: PageProblems = { console: [], dialogs: [], requests: [] };
  page.on("console", (m) => m.type() === "error" && problems.console.push(m.text()));
  page.on("pageerror", (e) => problems.console.push(e.message));
  page.on("dialog", (d) => {
    problems.dialogs.push(d.message());
    void d.dismiss();
  });
  page.on(
    "request",
    (r) => !r.url().startsWith("file:") && !r.url().startsWith("data:") && problems.requests.push(r.url()),
  );
  try {
    await page.goto(pathToFileURL(file).href);
    await check(page);
    mkdirSync(screenshots, { recursive: true });
    await page.screenshot({ path: join(screenshots, `${name}.png`) });
    // Open everything (rules, timelines, bodies): whatever the target put anywhere gets its chance to run.
    await page.evaluate(() =>
      document.querySelectorAll("details").forEach((d) => {
        d.setAttribute("open", "");
      }),
    );
    await page.waitForFunction(() => document.readyState === "complete");
    problems.console.push(
      ...(await page.evaluate(() =>
        (window as unknown as { __pwned?: string }).__pwned
          ? [`payload ran: ${(window as unknown as { __pwned?: string }).__pwned}`]
          : [],
      )),
    );
  } finally {
    await context.close();
  }
  return problems;
}

/** Click the first failing rule that has a reproducible failure; its evidence and curl must show. */
async function openFailingRule(page: import("playwright-core").Page, rule?: string): Promise<void> {
  const row = rule
    ? page.locator(`details.rule[id="${rule}"]`)
    : page.locator("details.rule[data-grade=fail]:has(pre.curl)").first();
  const finding = row.locator(".finding").first();
  await expect(finding.isVisible()).resolves.toBe(false);
  await row.locator(":scope > summary").click();
  await finding.waitFor({ state: "visible", timeout: 5000 });
  await expect(finding.locator(".erh").innerText()).resolves.toMatch(/Expected[\s\S]*Received/);
  await expect(finding.locator("pre.curl").first().innerText()).resolves.toMatch(/^curl -i -X POST /);
  await expect(finding.locator("pre.json, pre").first().isVisible()).resolves.toBe(true);
  await finding.scrollIntoViewIfNeeded();
}

test("a run against a reference-MPP fault: the failing rule opens to its evidence, highlighted, and a curl", async () => {
  const run = await runForReports({ scenarios: ["happy-path"], faults: ["order-answers-success"], driver: "form" });
  const problems = await openReport(
    join(run.written.latestDir, "report.html"),
    "fault-order-answers-success",
    async (page) => {
      await expect(page.locator("#verdict").innerText()).resolves.toBe("FAIL");
      await openFailingRule(page, "rule--order_never-success");
      await expect(page.locator("#rule--order_never-success mark.hit").first().innerText()).resolves.toBe('"S"');
      // Filters: only failures, then a search that matches nothing.
      for (const box of await page.locator("input[name=grade]").all())
        if ((await box.getAttribute("value")) !== "fail") await box.uncheck();
      await expect(page.locator("details.rule:not([hidden])").count()).resolves.toBe(1);
      await page.fill("#q", "no rule says this");
      await expect(page.locator("details.rule:not([hidden])").count()).resolves.toBe(0);
      await page.fill("#q", "");
    },
  );
  expect(problems).toEqual({ console: [], dialogs: [], requests: [] });
}, 120_000);

test("a run against a hostile target: its script, attributes and javascript: URLs stay text", async () => {
  const { server, url } = await listenHostile();
  try {
    const run = await runForReports({
      scenarios: ["happy-path"],
      session: { embedded: false, sampleIdentity: true, configFile: quickConfig(), flags: { baseUrl: url } },
    });
    const problems = await openReport(join(run.written.runDir, "report.html"), "hostile-target", async (page) => {
      await openFailingRule(page);
      await page.evaluate(() =>
        document.querySelectorAll("details").forEach((d) => {
          d.setAttribute("open", "");
        }),
      );
      // The payloads are on the page, as text a person can read.
      const text = await page.evaluate(() => document.body.textContent ?? "");
      for (const payload of Object.values(payloads)) expect(text).toContain(payload);
      await expect(page.locator("body img:not([src^='data:'])").count()).resolves.toBe(0);
      await expect(page.locator("[onerror], [onload], svg, a[href^='javascript:'], form").count()).resolves.toBe(0);
    });
    expect(problems).toEqual({ console: [], dialogs: [], requests: [] });
  } finally {
    server.closeAllConnections();
    server.close();
  }
}, 120_000);
