/**
 * The verification page in a real Chromium page. Without configured steps, the rendered DOM is
 * read like the form driver reads HTML (pageModel), so a form built by script is handled too;
 * configured steps (OpenID-suite style: matchUrl, fill, click, wait, optional, with {pin} /
 * {smsCode} / {userLoginId}) replace an action: steps (verify), sendCodeSteps, resendSteps.
 * Every wait is on an event (navigation, selector, URL) and bounded; screenshots are evidence.
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import type { BrowserStep, KitConfig } from "../config";
import type { VerificationRequest } from "../core/engine";
import { pageProblems } from "./checkPage";
import {
  missingControl,
  type PageAction,
  type PageOpened,
  type PageSession,
  type PageView,
  type SubmitOutcome,
  settleMs,
} from "./PageSession";
import { type ControlHints, type PageModel, readPage } from "./pageModel";
import { isUnderRedirectBase } from "./redirectBase";

const stepTimeoutMs = 10_000;

const mppRefused =
  /net::ERR_(CONNECTION_REFUSED|CONNECTION_RESET|CONNECTION_CLOSED|EMPTY_RESPONSE|NAME_NOT_RESOLVED|ADDRESS_UNREACHABLE|INVALID_RESPONSE|TOO_MANY_REDIRECTS)/;

/** Marks every control, so the element pageModel picked from the rendered DOM can be clicked. */
const stamp = `document.querySelectorAll("a, button, input, form, select, textarea").forEach((el, i) => el.setAttribute("data-kit-id", String(i)))`;

export class BrowserSession implements PageSession {
  private readonly shots: string[] = [];
  private model: PageModel | undefined;
  private readonly hints: ControlHints;
  /** The HTTP status of the page the last navigation loaded. */
  private status = 200;

  constructor(
    private readonly page: Page,
    private readonly config: KitConfig,
    private readonly request: VerificationRequest,
  ) {
    const { pinField, smsCodeField, controls } = config.verification;
    this.hints = { pinField, smsCodeField, controls };
  }

  screenshots(): string[] {
    return this.shots;
  }

  async open(): Promise<PageOpened> {
    try {
      const response = await this.page.goto(this.request.paymentUrl, { waitUntil: "load", timeout: stepTimeoutMs });
      await this.screenshot("opened");
      if (isUnderRedirectBase(this.page.url(), this.request.redirectBase)) {
        return {
          served: false,
          problem: "the paymentUrl sent the user straight back to Alipay+",
          redirectedTo: this.page.url(),
        };
      }
      const status = response?.status() ?? 0;
      const contentType = (await response?.headerValue("content-type")) ?? "";
      const problems = pageProblems(status, contentType);
      // A form built by script after load gets a moment to appear.
      await this.page.waitForSelector("input, form", { timeout: 2_000 }).catch(() => undefined);
      await this.read();
      return problems.length ? { served: false, problem: problems.join("; ") } : { served: true };
    } catch (e) {
      const message = `the browser could not open the paymentUrl: ${(e as Error).message.split("\n")[0]}`;
      // A refused or reset connection is the MPP's; a detached frame or a timeout may be the browser's own trouble.
      return mppRefused.test(message) ? { served: false, problem: message } : { served: false, driverFailed: message };
    }
  }

  view(): PageView | undefined {
    const model = this.model;
    if (!model) return undefined;
    const asks = { asksPin: model.pinName !== undefined, asksCode: model.codeName !== undefined };
    const problem =
      !asks.asksPin && !asks.asksCode
        ? "the page has no PIN or SMS code field (set verification.pinField / smsCodeField)"
        : undefined;
    const canSendCode = model.sendCode !== undefined || this.config.verification.sendCodeSteps !== undefined;
    return { ...asks, canSendCode, text: model.text, ...(problem ? { problem } : {}) };
  }

  async act(action: PageAction, values: { pin?: string; smsCode?: string }): Promise<SubmitOutcome> {
    const placeholders: Record<string, string> = {
      pin: values.pin ?? "",
      smsCode: values.smsCode ?? "",
      userLoginId: this.request.account.userLoginId,
    };
    const steps = this.stepsFor(action, values);
    if (typeof steps === "string") return { kind: "error", message: steps };
    try {
      for (const step of steps) await this.run(step, placeholders);
    } catch (e) {
      await this.screenshot("step-failed");
      return { kind: "error", message: `browser step failed: ${(e as Error).message.split("\n")[0]}` };
    }
    await this.screenshot(action);
    return this.arrive();
  }

  /** The configured steps for an action, else the ones pageModel's reading of the page implies. */
  private stepsFor(action: PageAction, values: { pin?: string; smsCode?: string }): BrowserStep[] | string {
    const v = this.config.verification;
    if (action === "verify" && v.steps) return v.steps;
    if (action === "send-code" && v.sendCodeSteps) return v.sendCodeSteps;
    if (action === "resend" && v.resendSteps) return v.resendSteps;
    if (action === "resend" && v.resendSelector) return [{ action: "click", selector: v.resendSelector }];
    const model = this.model;
    const control =
      action === "verify"
        ? model?.verify
        : action === "send-code"
          ? model?.sendCode
          : (model?.resend ?? model?.sendCode);
    if (!model || !control?.kitId) return missingControl(action);
    const fill = (name: string | undefined, value: string | undefined): BrowserStep[] =>
      name !== undefined && value !== undefined ? [{ action: "fill", selector: `[name="${name}"]`, value }] : [];
    return [
      ...fill(model.pinName, values.pin),
      ...fill(model.codeName, values.smsCode),
      { action: "click", selector: `[data-kit-id="${control.kitId}"]` },
    ];
  }

  /** Where an action left the user: back at Alipay+, on a page asking for input, stuck, or beyond this driver. */
  private async arrive(): Promise<SubmitOutcome> {
    if (isUnderRedirectBase(this.page.url(), this.request.redirectBase))
      return { kind: "redirected", url: this.page.url() };
    const unreadable: SubmitOutcome = {
      kind: "error",
      message: "the browser could not read the page (closed at the deadline, or crashed)",
    };
    let model = await this.read();
    if (!model) return unreadable;
    const asks = model.pinName !== undefined || model.codeName !== undefined;
    if (asks && this.status >= 500)
      return { kind: "error", message: `the page answered HTTP ${this.status}: ${model.text.slice(0, 200)}` };
    if (asks) return { kind: "page", text: model.text };
    // "Processing..." pages move on by script or refresh: wait for that (bounded) before judging.
    const moved = await this.awaitRedirect(settleMs);
    if (moved) return { kind: "redirected", url: moved };
    model = await this.read();
    if (!model) return unreadable;
    if (model.pinName !== undefined || model.codeName !== undefined) return { kind: "page", text: model.text };
    const back = model.exits.find((c) =>
      isUnderRedirectBase(c.href ?? c.form?.action ?? "", this.request.redirectBase),
    );
    if (back?.kitId) {
      await this.run({ action: "click", selector: `[data-kit-id="${back.kitId}"]` }, {}).catch(() => undefined);
      if (isUnderRedirectBase(this.page.url(), this.request.redirectBase))
        return { kind: "redirected", url: this.page.url() };
    }
    const ways = [...model.exits, ...[model.verify, model.sendCode, model.resend].filter((c) => c !== undefined)];
    if (ways.length > 0) {
      return {
        kind: "error",
        message: `the page offers ${ways.map((c) => JSON.stringify(c.label)).join(", ")}, none back to Alipay+; the kit does not guess which a person would take: ${model.text.slice(0, 200)}`,
      };
    }
    return {
      kind: "dead-end",
      text: `${this.status !== 200 ? `HTTP ${this.status}: ` : ""}${model.text.slice(0, 300)}`,
    };
  }

  /** The rendered page, read; undefined when the page is gone (closed at the deadline, crashed). */
  private async read(): Promise<PageModel | undefined> {
    for (let tries = 0; tries < 2; tries++) {
      if (this.page.isClosed()) return undefined;
      try {
        await this.page.evaluate(stamp);
        this.model = readPage(await this.page.content(), this.page.url(), this.hints);
        return this.model;
      } catch {
        // The page navigated while being read: read what is there once it has loaded.
        await this.page.waitForLoadState("load", { timeout: stepTimeoutMs }).catch(() => undefined);
      }
    }
    return undefined;
  }

  private async awaitRedirect(timeoutMs: number): Promise<string | undefined> {
    try {
      await this.page.waitForURL((url) => isUnderRedirectBase(url.href, this.request.redirectBase), {
        timeout: timeoutMs,
        waitUntil: "load",
      });
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
    if (step.optional && selector && (await this.page.locator(selector).count()) === 0) return;
    switch (step.action) {
      case "fill":
        return this.page.fill(
          selector,
          (step.value ?? "").replace(/\{(\w+)\}/g, (whole, name: string) => placeholders[name] ?? whole),
          { timeout },
        );
      case "click": {
        if (step.expectNavigation === false) return this.page.click(selector, { timeout });
        // Armed before the click: a fast 303 must not slip past the wait.
        const [response] = await Promise.all([
          this.page.waitForNavigation({ timeout, waitUntil: "load" }),
          this.page.click(selector, { timeout }),
        ]);
        this.status = response?.status() ?? this.status;
        return;
      }
      case "wait":
        if (selector) await this.page.waitForSelector(selector, { timeout });
        else if (step.matchUrl) await this.page.waitForURL(new RegExp(step.matchUrl), { timeout });
        return;
    }
  }

  private async screenshot(label: string): Promise<void> {
    const dir = this.config.verification.evidenceDir;
    const safe = (s: string) => s.replace(/[^\w.-]+/g, "_");
    const file = join(
      dir,
      `${safe(this.request.paymentRequestId)}-${safe(this.request.step)}-${this.shots.length + 1}-${label}.png`,
    );
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
