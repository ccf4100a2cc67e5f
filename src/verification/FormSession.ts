/**
 * The verification page without a browser: fetch it, read it (pageModel), press the control an
 * action needs wherever it is (any form, or a link), follow redirects by hand (bounded), keep
 * cookies, and stop at the first URL under the redirect base, which is then fetched from the
 * simulator (so it records the hit) and reported exactly as the MPP wrote it.
 */
import type { KitConfig } from "../config";
import type { VerificationRequest } from "../core/engine";
import { CookieJar } from "./CookieJar";
import { pageProblems } from "./checkPage";
import { metaRefreshUrl } from "./htmlForm";
import {
  missingControl,
  type PageAction,
  type PageOpened,
  type PageSession,
  type PageView,
  type SubmitOutcome,
} from "./PageSession";
import { type Control, type ControlHints, formFields, type PageModel, readPage } from "./pageModel";
import { isUnderRedirectBase } from "./redirectBase";

type Page = { url: string; status: number; contentType: string; html: string };
type Arrival = { kind: "page"; page: Page } | { kind: "redirected"; url: string } | { kind: "error"; message: string };

const scriptLimit =
  "the page runs script the form driver cannot follow (use the browser driver if the page builds its form or moves on by script)";

export class FormSession implements PageSession {
  private readonly cookies = new CookieJar();
  private model: PageModel | undefined;
  private readonly hints: ControlHints;
  private readonly maxRedirects: number;

  constructor(
    config: KitConfig,
    private readonly request: VerificationRequest,
    private readonly signal: AbortSignal,
  ) {
    const { pinField, smsCodeField, controls } = config.verification;
    this.hints = { pinField, smsCodeField, controls };
    this.maxRedirects = config.verification.maxAttempts ?? 10;
  }

  screenshots(): string[] {
    return [];
  }

  async open(): Promise<PageOpened> {
    const arrival = await this.go(this.request.paymentUrl, { method: "GET" });
    if (arrival.kind === "error") return { served: false, problem: arrival.message };
    if (arrival.kind === "redirected")
      return {
        served: false,
        problem: "the paymentUrl sent the user straight back to Alipay+",
        redirectedTo: arrival.url,
      };
    const { page } = arrival;
    const problems = pageProblems(page.status, page.contentType);
    this.model = readPage(page.html, page.url, this.hints);
    return problems.length ? { served: false, problem: problems.join("; ") } : { served: true };
  }

  view(): PageView | undefined {
    const model = this.model;
    if (!model) return undefined;
    const asks = { asksPin: model.pinName !== undefined, asksCode: model.codeName !== undefined };
    const problem =
      !asks.asksPin && !asks.asksCode
        ? model.runsScript
          ? scriptLimit
          : "the page has no PIN or SMS code field (set verification.pinField / smsCodeField)"
        : undefined;
    return { ...asks, canSendCode: model.sendCode !== undefined, text: model.text, ...(problem ? { problem } : {}) };
  }

  async act(action: PageAction, values: { pin?: string; smsCode?: string }): Promise<SubmitOutcome> {
    const model = this.model;
    if (!model) return { kind: "error", message: "no page to act on" };
    const control =
      action === "verify" ? model.verify : action === "send-code" ? model.sendCode : (model.resend ?? model.sendCode);
    if (!control) return { kind: "error", message: missingControl(action) };
    return this.arrive(await this.press(control, model, values));
  }

  private press(control: Control, model: PageModel, values: { pin?: string; smsCode?: string }): Promise<Arrival> {
    if (control.kind === "link") return this.go(control.href!, { method: "GET" });
    const form = control.form!;
    const fields = formFields(form, model, values, control.button);
    return form.method === "POST"
      ? this.go(form.action, {
          method: "POST",
          body: fields.toString(),
          headers: { "content-type": "application/x-www-form-urlencoded" },
        })
      : this.go(`${form.action.split("?")[0]}?${fields}`, { method: "GET" });
  }

  /** Where pressing a control left the user: back at Alipay+, on a page asking for input, stuck, or beyond this driver. */
  private async arrive(arrival: Arrival): Promise<SubmitOutcome> {
    if (arrival.kind !== "page") return arrival;
    const { page } = arrival;
    const model = readPage(page.html, page.url, this.hints);
    this.model = model;
    const asks = model.pinName !== undefined || model.codeName !== undefined;
    // A wrong code shown again with 400/401/422 is still the page shown again; a 5xx form is a failure.
    if (asks && page.status >= 500)
      return { kind: "error", message: `the form answered HTTP ${page.status}: ${model.text.slice(0, 200)}` };
    if (asks) return { kind: "page", text: model.text };
    return this.leave(model, page.status);
  }

  /** A page that asks for nothing: the way back to Alipay+ a person would take, or a dead end. */
  private async leave(model: PageModel, status: number): Promise<SubmitOutcome> {
    const back = [...model.exits, ...(model.verify ? [model.verify] : [])].find((c) =>
      isUnderRedirectBase(c.href ?? c.form?.action ?? "", this.request.redirectBase),
    );
    if (back) return this.arrive(await this.press(back, model, {}));
    // A "processing..." page that moves on by script would be judged a dead end without a browser.
    if (model.runsScript) return { kind: "error", message: `${scriptLimit}: ${model.text.slice(0, 200)}` };
    const ways = [...model.exits, ...[model.verify, model.sendCode, model.resend].filter((c) => c !== undefined)];
    if (ways.length > 0) {
      return {
        kind: "error",
        message: `the page offers ${ways.map((c) => JSON.stringify(c.label)).join(", ")}, none back to Alipay+; the kit does not guess which a person would take: ${model.text.slice(0, 200)}`,
      };
    }
    return { kind: "dead-end", text: `${status !== 200 ? `HTTP ${status}: ` : ""}${model.text.slice(0, 300)}` };
  }

  /** One request plus the redirects it leads to, until a page, the redirect base, or the bound. */
  private async go(
    url: string,
    init: { method: string; body?: string; headers?: Record<string, string> },
  ): Promise<Arrival> {
    let current = url;
    let request = init;
    for (let hop = 0; hop <= this.maxRedirects; hop++) {
      if (isUnderRedirectBase(current, this.request.redirectBase)) return this.land(current);
      let response: Response;
      try {
        const cookie = this.cookies.header(current);
        response = await fetch(current, {
          ...request,
          headers: { ...request.headers, ...(cookie ? { cookie } : {}) },
          redirect: "manual",
          signal: this.signal,
        });
      } catch (e) {
        return { kind: "error", message: `${request.method} ${current} failed: ${(e as Error).message}` };
      }
      this.cookies.store(current, response);
      const location = response.headers.get("location");
      if (response.status >= 300 && response.status < 400 && location) {
        await response.body?.cancel();
        // Keep the Location exactly as written when absolute: re-encoding it would hide the MPP's slips.
        current = /^https?:\/\//i.test(location) ? location : new URL(location, current).href;
        request = { method: "GET" };
        continue;
      }
      const html = await response.text();
      // A meta refresh is a redirect a browser follows without script; so does this driver
      // (not on the verification page itself, where a refresh is its expiry, not the flow).
      const page = readPage(html, current, this.hints);
      const refresh =
        response.status === 200 && page.pinName === undefined && page.codeName === undefined
          ? metaRefreshUrl(html, current)
          : undefined;
      if (refresh) {
        current = refresh;
        request = { method: "GET" };
        continue;
      }
      return {
        kind: "page",
        page: { url: current, status: response.status, contentType: response.headers.get("content-type") ?? "", html },
      };
    }
    return { kind: "error", message: `more than ${this.maxRedirects} redirects from ${url}` };
  }

  /** Lands on Alipay+'s result page (the simulator records the hit); the URL is the evidence. */
  private async land(url: string): Promise<Arrival> {
    try {
      const response = await fetch(url, { redirect: "manual", signal: this.signal });
      await response.body?.cancel();
    } catch {
      // The landing URL is the evidence; a result page that cannot be fetched does not change it.
    }
    return { kind: "redirected", url };
  }
}
