/**
 * A tiny stand-in for an MPP's verification page, for the drivers' own tests: a page in one of
 * the gallery's variants (galleryPages.ts; default: one POST form, pin + smsCode, buttons
 * action=verify / action=resend), an SMS outbox, a session cookie it insists on, and an ending
 * (a 303 to paymentRedirectUrl + status=, or the variant's). Three wrong PINs end the payment
 * with status=fail. Only for tests.
 */
import { randomInt } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { ending, type PageVariant, sendsCodeOnOpen, verificationPage } from "./galleryPages";

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
  /** The page's shape and ending (galleryPages.ts). */
  variant?: PageVariant;
  /** pin-then-code: the PIN was right. */
  pinOk?: boolean;
}

type PaymentOptions = Pick<
  FixturePayment,
  "scriptRedirect" | "metaRefresh" | "wrongInputStatus" | "smsDelayMs" | "variant"
>;

export interface FixtureMpp {
  baseUrl: string;
  /** Registers a payment and returns its paymentUrl. */
  addPayment(paymentId: string, redirectUrl: string, pin: string, options?: PaymentOptions): string;
  outboxUrl: string;
  hookUrl: string;
  close(): Promise<void>;
}

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

  const page = (payment: FixturePayment, paymentId: string, message: string) =>
    verificationPage(payment.variant ?? "classic", {
      paymentId,
      message,
      codeSent: payment.code !== undefined,
      pinOk: payment.pinOk ?? false,
    });

  async function verifyPage(
    req: IncomingMessage,
    res: ServerResponse,
    payment: FixturePayment,
    paymentId: string,
    resendPath: boolean,
  ) {
    const variant = payment.variant ?? "classic";
    const shown = (message: string, status = 200) => html(res, page(payment, paymentId, message), {}, status);
    if (req.method === "GET" && resendPath) {
      // A resend link: send a new code, then back to the page (post/redirect/get).
      issueCode(payment);
      res.writeHead(303, { location: `/verify/${paymentId}` });
      res.end();
      return;
    }
    if (req.method === "GET") {
      if (!payment.code && sendsCodeOnOpen(variant)) issueCode(payment);
      return html(res, page(payment, paymentId, payment.code ? "We sent a code." : "Confirm to pay."), {
        "set-cookie": `sid=${payment.session}; Path=/; HttpOnly`,
      });
    }
    if (!(req.headers.cookie ?? "").includes(`sid=${payment.session}`)) return shown("Session expired.");
    const form = await readForm(req);
    if (form.get("csrf") !== "t0k") return shown("Bad form.");
    const action = resendPath ? "resend" : (form.get("action") ?? "verify");
    if (action === "resend" || action === "send") {
      issueCode(payment);
      return shown("A new code was sent.");
    }
    const wrongStatus = variant === "wrong-input-422" ? 422 : payment.wrongInputStatus;
    const wrongPin = () => {
      payment.wrongPins += 1;
      return payment.wrongPins < 3 ? shown("Wrong PIN.", wrongStatus) : end(res, payment, "fail");
    };
    if (variant === "pin-then-code" && !payment.pinOk) {
      if (form.get("pin") !== payment.pin) return wrongPin();
      payment.pinOk = true;
      issueCode(payment);
      return shown("We sent a code.");
    }
    if (variant !== "pin-then-code" && form.get("pin") !== payment.pin) return wrongPin();
    if (!payment.code || form.get("smsCode") !== payment.code) return shown("Wrong code.", wrongStatus);
    return end(res, payment, "success");
  }

  function end(res: ServerResponse, payment: FixturePayment, status: "success" | "fail") {
    const result = ending(payment.variant ?? "classic", `${payment.redirectUrl}&status=${status}`, status, payment);
    if (result.kind === "html") return html(res, result.html);
    res.writeHead(303, { location: result.location });
    res.end();
  }

  async function hook(req: IncomingMessage, res: ServerResponse) {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const { paymentId, outcome } = JSON.parse(Buffer.concat(chunks).toString()) as {
      paymentId: string;
      outcome: string;
    };
    const payment = payments.get(paymentId);
    if (!payment) {
      res.writeHead(404);
      res.end("{}");
      return;
    }
    res.writeHead(200, { "content-type": "application/json" });
    res.end(JSON.stringify({ paymentId, status: outcome, redirectUrl: `${payment.redirectUrl}&status=${outcome}` }));
  }

  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://fixture");
    const paymentId =
      /^\/(verify|start|resend)\/(.+)$/.exec(url.pathname)?.[2] ?? url.searchParams.get("paymentId") ?? "";
    const payment = payments.get(paymentId);
    if (url.pathname === "/sandbox/verify") return void hook(req, res);
    if (url.pathname === "/json-page") {
      res.writeHead(200, { "content-type": "application/json" });
      res.end("{}");
      return;
    }
    if (!payment) {
      res.writeHead(404);
      res.end("no such payment");
      return;
    }
    if (url.pathname === "/sandbox/outbox") {
      const code = outboxCode(payment);
      if (!code) {
        res.writeHead(404);
        res.end("{}");
        return;
      }
      res.writeHead(200, { "content-type": "application/json" });
      return void res.end(JSON.stringify({ code }));
    }
    // A first hop, as real MPPs have: /start/<id> → /verify/<id>
    if (url.pathname.startsWith("/start/")) {
      res.writeHead(302, { location: `/verify/${url.pathname.slice(7)}` });
      res.end();
      return;
    }
    void verifyPage(req, res, payment, paymentId, url.pathname.startsWith("/resend/"));
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
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
