/**
 * The verification page without a browser: fetch it, parse its form, fill the PIN and SMS
 * code, submit with the chosen button, follow redirects by hand (bounded), keep cookies, and
 * stop at the first URL under the redirect base, which is then fetched from the simulator (so
 * it records the hit) and reported exactly as the MPP wrote it.
 */
import type { KitConfig } from "../config";
import type { VerificationRequest } from "../scenarios/context";
import { pageProblems } from "./checkPage";
import { CookieJar } from "./CookieJar";
import { metaRefreshUrl, pageText, parseForm, runsScript, type ParsedForm } from "./htmlForm";
import type { PageOpened, PageSession, SubmitOutcome } from "./PageSession";
import { isUnderRedirectBase } from "./redirectBase";

type Page = { url: string; status: number; contentType: string; html: string };
type Arrival = { kind: "page"; page: Page } | { kind: "redirected"; url: string } | { kind: "error"; message: string };

export class FormSession implements PageSession {
  private readonly cookies = new CookieJar();
  private form: ParsedForm | undefined;
  private readonly pinField: string;
  private readonly smsCodeField: string;
  private readonly maxRedirects: number;

  constructor(
    config: KitConfig,
    private readonly request: VerificationRequest,
    private readonly signal: AbortSignal,
  ) {
    this.pinField = config.verification.pinField ?? "pin";
    this.smsCodeField = config.verification.smsCodeField ?? "smsCode";
    this.maxRedirects = config.verification.maxAttempts ?? 10;
  }

  screenshots(): string[] {
    return [];
  }

  async open(): Promise<PageOpened> {
    const arrival = await this.go(this.request.paymentUrl, { method: "GET" });
    if (arrival.kind === "error") return { served: false, problem: arrival.message };
    if (arrival.kind === "redirected") return { served: false, problem: "the paymentUrl sent the user straight back to Alipay+", redirectedTo: arrival.url };
    const { page } = arrival;
    const problems = pageProblems(page.status, page.contentType);
    const served = problems.length === 0;
    this.form = parseForm(page.html, page.url, [this.pinField, this.smsCodeField]);
    if (!this.form) problems.push("no <form> on the page");
    return problems.length ? { served, problem: problems.join("; ") } : { served };
  }

  async submit(values: { pin?: string; smsCode?: string }, action: "verify" | "resend"): Promise<SubmitOutcome> {
    const form = this.form;
    if (!form) return { kind: "error", message: "no form to submit" };
    const button = form.buttons.find((b) => b.value === action) ?? (action === "verify" ? form.buttons[0] : undefined);
    if (!button) return { kind: "error", message: `no submit button with value "${action}" on the page` };
    const fields = new URLSearchParams();
    for (const [name, value] of form.fields) {
      if (name === this.pinField) fields.append(name, values.pin ?? "");
      else if (name === this.smsCodeField) fields.append(name, values.smsCode ?? "");
      else fields.append(name, value);
    }
    if (button.name) fields.append(button.name, button.value);
    const arrival =
      form.method === "POST"
        ? await this.go(form.action, { method: "POST", body: fields.toString(), headers: { "content-type": "application/x-www-form-urlencoded" } })
        : await this.go(`${form.action.split("?")[0]}?${fields}`, { method: "GET" });
    if (arrival.kind !== "page") return arrival;
    const { page } = arrival;
    this.form = parseForm(page.html, page.url, [this.pinField, this.smsCodeField]);
    const text = pageText(page.html);
    const asksAgain = this.asksForCode(this.form);
    // A wrong code shown again with 400/401/422 is still the page shown again; other statuses are failures.
    if (page.status !== 200 && !(page.status < 500 && asksAgain)) return { kind: "error", message: `the form answered HTTP ${page.status}: ${text.slice(0, 200)}` };
    // A "processing..." page that moves on by script would be judged a dead end without a browser.
    if (!asksAgain && runsScript(page.html)) {
      return { kind: "error", message: `the page after submitting runs script the form driver cannot follow (use the browser driver if it redirects by script): ${text.slice(0, 200)}` };
    }
    return { kind: "page", text };
  }

  private asksForCode(form: ParsedForm | undefined): boolean {
    return form?.fields.some(([name]) => name === this.pinField || name === this.smsCodeField) ?? false;
  }

  /** One request plus the redirects it leads to, until a page, the redirect base, or the bound. */
  private async go(url: string, init: { method: string; body?: string; headers?: Record<string, string> }): Promise<Arrival> {
    let current = url;
    let request = init;
    for (let hop = 0; hop <= this.maxRedirects; hop++) {
      if (isUnderRedirectBase(current, this.request.redirectBase)) return this.land(current);
      let response: Response;
      try {
        const cookie = this.cookies.header(current);
        response = await fetch(current, { ...request, headers: { ...request.headers, ...(cookie ? { cookie } : {}) }, redirect: "manual", signal: this.signal });
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
      const refresh = response.status === 200 && !this.asksForCode(parseForm(html, current, [this.pinField, this.smsCodeField])) ? metaRefreshUrl(html, current) : undefined;
      if (refresh) {
        current = refresh;
        request = { method: "GET" };
        continue;
      }
      return { kind: "page", page: { url: current, status: response.status, contentType: response.headers.get("content-type") ?? "", html } };
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
