/**
 * The verification page in a real Chromium page: the configured steps (OpenID-suite style:
 * matchUrl, fill, click, wait, with {pin} / {smsCode} / {userLoginId}) complete it; every wait
 * is on an event (navigation, selector, URL) and bounded; screenshots are kept as evidence.
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import type { BrowserStep, KitConfig } from "../config";
import type { VerificationRequest } from "../scenarios/context";
import type { PageOpened, PageSession, SubmitOutcome } from "./PageSession";
import { pageProblems } from "./checkPage";
import { isUnderRedirectBase } from "./redirectBase";

const stepTimeoutMs = 10_000;

export function defaultSteps(config: KitConfig): BrowserStep[] {
  const pin = config.verification.pinField ?? "pin";
  const sms = config.verification.smsCodeField ?? "smsCode";
  return [
    { action: "fill", selector: `[name="${pin}"]`, value: "{pin}" },
    { action: "fill", selector: `[name="${sms}"]`, value: "{smsCode}" },
    { action: "click", selector: 'button[name="action"][value="verify"]' },
  ];
}

export class BrowserSession implements PageSession {
  private readonly shots: string[] = [];

  constructor(
    private readonly page: Page,
    private readonly config: KitConfig,
    private readonly request: VerificationRequest,
  ) {}

  screenshots(): string[] {
    return this.shots;
  }

  async open(): Promise<PageOpened> {
    try {
      const response = await this.page.goto(this.request.paymentUrl, { waitUntil: "load", timeout: stepTimeoutMs });
      await this.screenshot("opened");
      if (isUnderRedirectBase(this.page.url(), this.request.redirectBase)) {
        return { served: false, problem: "the paymentUrl sent the user straight back to Alipay+", redirectedTo: this.page.url() };
      }
      const status = response?.status() ?? 0;
      const contentType = (await response?.headerValue("content-type")) ?? "";
      const problems = pageProblems(status, contentType);
      return problems.length ? { served: false, problem: problems.join("; ") } : { served: true };
    } catch (e) {
      return { served: false, problem: `the browser could not open the paymentUrl: ${(e as Error).message.split("\n")[0]}` };
    }
  }

  async submit(values: { pin?: string; smsCode?: string }, action: "verify" | "resend"): Promise<SubmitOutcome> {
    const steps: BrowserStep[] =
      action === "resend"
        ? [{ action: "click", selector: this.config.verification.resendSelector ?? 'button[name="action"][value="resend"]' }]
        : this.config.verification.steps ?? defaultSteps(this.config);
    const placeholders: Record<string, string> = { pin: values.pin ?? "", smsCode: values.smsCode ?? "", userLoginId: this.request.account.userLoginId };
    try {
      for (const step of steps) await this.run(step, placeholders);
    } catch (e) {
      await this.screenshot("step-failed");
      return { kind: "error", message: `browser step failed: ${(e as Error).message.split("\n")[0]}` };
    }
    await this.screenshot(action);
    const url = this.page.url();
    if (isUnderRedirectBase(url, this.request.redirectBase)) return { kind: "redirected", url };
    return { kind: "page", text: (await this.page.textContent("body").catch(() => "")) ?? "" };
  }

  async awaitRedirect(timeoutMs: number): Promise<string | undefined> {
    try {
      await this.page.waitForURL((url) => isUnderRedirectBase(url.href, this.request.redirectBase), { timeout: timeoutMs, waitUntil: "load" });
      await this.screenshot("redirected");
      return this.page.url();
    } catch {
      return undefined;
    }
  }

  private async run(step: BrowserStep, placeholders: Record<string, string>): Promise<void> {
    if (step.matchUrl && !new RegExp(step.matchUrl).test(this.page.url())) return;
    const timeout = step.timeoutMs ?? stepTimeoutMs;
    const selector = step.selector ?? "";
    switch (step.action) {
      case "fill":
        return this.page.fill(selector, (step.value ?? "").replace(/\{(\w+)\}/g, (whole, name: string) => placeholders[name] ?? whole), { timeout });
      case "click":
        if (step.expectNavigation === false) return this.page.click(selector, { timeout });
        // Armed before the click: a fast 303 must not slip past the wait.
        await Promise.all([this.page.waitForNavigation({ timeout, waitUntil: "load" }), this.page.click(selector, { timeout })]);
        return;
      case "wait":
        if (selector) await this.page.waitForSelector(selector, { timeout });
        else if (step.matchUrl) await this.page.waitForURL(new RegExp(step.matchUrl), { timeout });
        return;
    }
  }

  private async screenshot(label: string): Promise<void> {
    const dir = this.config.verification.evidenceDir;
    const safe = (s: string) => s.replace(/[^\w.-]+/g, "_");
    const file = join(dir, `${safe(this.request.paymentRequestId)}-${safe(this.request.step)}-${this.shots.length + 1}-${label}.png`);
    try {
      mkdirSync(dir, { recursive: true });
      // Inputs are masked: a filled SMS code or PIN must not end up in the reports.
      await this.page.screenshot({ path: file, timeout: stepTimeoutMs, mask: [this.page.locator("input")] });
      this.shots.push(file);
    } catch {
      // Evidence is best effort: a failed screenshot must not fail the verification.
    }
  }
}
