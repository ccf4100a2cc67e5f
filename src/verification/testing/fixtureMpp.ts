/**
 * A tiny stand-in for an MPP's verification page, for the drivers' own tests: the reference
 * MPP's page shape (one POST form, pin + smsCode, buttons action=verify / action=resend), an
 * SMS outbox, a session cookie it insists on, and a 303 to paymentRedirectUrl + status=.
 * Three wrong PINs end the payment with status=fail. Only for tests.
 */
import { randomInt } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

interface FixturePayment {
  redirectUrl: string;
  pin: string;
  code?: string;
  wrongPins: number;
  session: string;
  /** Success shows a "processing" page that redirects by script, as some MPPs do. */
  scriptRedirect?: boolean;
  /** Success shows a page that moves on by `<meta http-equiv="refresh">`. */
  metaRefresh?: boolean;
  /** The HTTP status a page shown again after a wrong PIN or code answers with (default 200). */
  wrongInputStatus?: number;
  /** Each code reaches the outbox this long after it was issued, as with a real SMS gateway. */
  smsDelayMs?: number;
  /** What the outbox has received: each code with when it shows up there. */
  delivered: { code: string; at: number }[];
}

type PaymentOptions = Pick<FixturePayment, "scriptRedirect" | "metaRefresh" | "wrongInputStatus" | "smsDelayMs">;

export interface FixtureMpp {
  baseUrl: string;
  /** Registers a payment and returns its paymentUrl. */
  addPayment(paymentId: string, redirectUrl: string, pin: string, options?: PaymentOptions): string;
  outboxUrl: string;
  hookUrl: string;
  close(): Promise<void>;
}

const page = (message: string) => `<!doctype html><html><body><h1>Confirm</h1><p class="msg">${message}</p>
<form method="post"><input type="hidden" name="csrf" value="t0k">
<input type="password" name="pin"><input name="smsCode">
<button type="submit" name="action" value="verify">Pay</button>
<button type="submit" name="action" value="resend">Send a new code</button></form></body></html>`;

function readForm(req: IncomingMessage): Promise<URLSearchParams> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => resolve(new URLSearchParams(Buffer.concat(chunks).toString())));
  });
}

const html = (res: ServerResponse, body: string, headers: Record<string, string> = {}, status = 200) => {
  res.writeHead(status, { "content-type": "text/html; charset=utf-8", ...headers });
  res.end(body);
};
function issueCode(payment: FixturePayment): void {
  payment.code = String(randomInt(100000, 1000000));
  payment.delivered.push({ code: payment.code, at: Date.now() + (payment.smsDelayMs ?? 0) });
}

/** The newest code that has reached the outbox by now. */
const outboxCode = (payment: FixturePayment) => payment.delivered.filter((sms) => sms.at <= Date.now()).at(-1)?.code;

export async function startFixtureMpp(): Promise<FixtureMpp> {
  const payments = new Map<string, FixturePayment>();

  async function verifyPage(req: IncomingMessage, res: ServerResponse, payment: FixturePayment) {
    if (req.method === "GET") {
      if (!payment.code) issueCode(payment);
      return html(res, page("We sent a code."), { "set-cookie": `sid=${payment.session}; Path=/; HttpOnly` });
    }
    if (!(req.headers.cookie ?? "").includes(`sid=${payment.session}`)) return html(res, page("Session expired."));
    const form = await readForm(req);
    if (form.get("csrf") !== "t0k") return html(res, page("Bad form."));
    if (form.get("action") === "resend") {
      issueCode(payment);
      return html(res, page("A new code was sent."));
    }
    if (form.get("pin") !== payment.pin) {
      payment.wrongPins += 1;
      if (payment.wrongPins < 3) return html(res, page("Wrong PIN."), {}, payment.wrongInputStatus);
      return redirect(res, payment, "fail");
    }
    if (form.get("smsCode") !== payment.code) return html(res, page("Wrong code."), {}, payment.wrongInputStatus);
    return redirect(res, payment, "success");
  }

  function redirect(res: ServerResponse, payment: FixturePayment, status: string) {
    if (payment.scriptRedirect) {
      const target = JSON.stringify(`${payment.redirectUrl}&status=${status}`);
      return html(res, `<!doctype html><html><body><p>Processing...</p><script>setTimeout(() => { location.href = ${target}; }, 300);</script></body></html>`);
    }
    if (payment.metaRefresh) {
      return html(res, `<!doctype html><html><head><meta http-equiv="refresh" content="0; url=${payment.redirectUrl.replace(/&/g, "&amp;")}&amp;status=${status}"></head><body>Processing...</body></html>`);
    }
    res.writeHead(303, { location: `${payment.redirectUrl}&status=${status}` });
    res.end();
  }

  async function hook(req: IncomingMessage, res: ServerResponse) {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const { paymentId, outcome } = JSON.parse(Buffer.concat(chunks).toString()) as { paymentId: string; outcome: string };
    const payment = payments.get(paymentId);
    if (!payment) return void (res.writeHead(404), res.end("{}"));
    res.writeHead(200, { "content-type": "application/json" });
    res.end(JSON.stringify({ paymentId, status: outcome, redirectUrl: `${payment.redirectUrl}&status=${outcome}` }));
  }

  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://fixture");
    const paymentId = /^\/(verify|start)\/(.+)$/.exec(url.pathname)?.[2] ?? url.searchParams.get("paymentId") ?? "";
    const payment = payments.get(paymentId);
    if (url.pathname === "/sandbox/verify") return void hook(req, res);
    if (url.pathname === "/json-page") return void (res.writeHead(200, { "content-type": "application/json" }), res.end("{}"));
    if (!payment) return void (res.writeHead(404), res.end("no such payment"));
    if (url.pathname === "/sandbox/outbox") {
      const code = outboxCode(payment);
      if (!code) return void (res.writeHead(404), res.end("{}"));
      res.writeHead(200, { "content-type": "application/json" });
      return void res.end(JSON.stringify({ code }));
    }
    // A first hop, as real MPPs have: /start/<id> → /verify/<id>
    if (url.pathname.startsWith("/start/")) return void (res.writeHead(302, { location: `/verify/${url.pathname.slice(7)}` }), res.end());
    void verifyPage(req, res, payment);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    baseUrl,
    outboxUrl: `${baseUrl}/sandbox/outbox?paymentId={paymentId}`,
    hookUrl: `${baseUrl}/sandbox/verify`,
    addPayment(paymentId, redirectUrl, pin, options = {}) {
      payments.set(paymentId, { redirectUrl, pin, wrongPins: 0, session: `s${paymentId}`, delivered: [], ...options });
      return `${baseUrl}/start/${paymentId}`;
    },
    close: () => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}
