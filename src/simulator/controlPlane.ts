/**
 * The standalone simulator's HTTP control plane, for MPP developers driving it from curl or
 * their own tests (in-process users call AlipaySimulator directly):
 *
 *   POST /_control/script     {"paymentRequestId", "api", "answers": [{"kind":"U"}, ...]}
 *   GET  /_control/received   ?paymentRequestId=...&api=...  (all callbacks when no id)
 *   GET  /_control/unclaimed
 *   GET  /_control/redirects  ?paymentRequestId=...
 */
import { HttpResponse, http, type RequestHandler } from "msw";
import type { CallbackOperation, Operation } from "../../generated/validate";
import type { CallbackAnswer } from "../core/engine";
import { redactExchange } from "../core/secrets";
import type { AlipaySimulator } from "./AlipaySimulator";
import { requestBytes } from "./rawRequest";

async function jsonBody(request: Request): Promise<unknown> {
  try {
    return JSON.parse((await requestBytes(request)).toString("utf8"));
  } catch {
    return undefined;
  }
}

const answerKinds = new Set(["S", "U", "F", "http-500", "no-answer", "bad-signature"]);

function parseScript(
  body: unknown,
  noAnswerMs: number,
): { id: string; api: CallbackOperation; answers: CallbackAnswer[] } | string {
  const { paymentRequestId, api, answers } = (body ?? {}) as Record<string, unknown>;
  if (typeof paymentRequestId !== "string" || paymentRequestId === "")
    return "paymentRequestId: a non-empty string is required";
  if (api !== "notifyPayment" && api !== "authNotify") return 'api: must be "notifyPayment" or "authNotify"';
  if (!Array.isArray(answers))
    return 'answers: an array such as [{"kind":"U"},{"kind":"no-answer","forMs":6000}] is required';
  const bad = answers.findIndex((a) => !answerKinds.has((a as { kind?: string })?.kind ?? ""));
  if (bad >= 0) return `answers[${bad}].kind: must be one of ${[...answerKinds].join(", ")}`;
  const parsed = answers.map((a: { kind: string; forMs?: unknown }) =>
    a.kind === "no-answer"
      ? { kind: "no-answer" as const, forMs: typeof a.forMs === "number" ? a.forMs : noAnswerMs }
      : ({ kind: a.kind } as CallbackAnswer),
  );
  return { id: paymentRequestId, api, answers: parsed };
}

export function controlPlane(simulator: () => AlipaySimulator, noAnswerMs: number): RequestHandler[] {
  return [
    http.post("/_control/script", async ({ request }) => {
      const parsed = parseScript(await jsonBody(request), noAnswerMs);
      if (typeof parsed === "string") return HttpResponse.json({ error: parsed }, { status: 400 });
      simulator().script(parsed.id, parsed.api, parsed.answers);
      return HttpResponse.json({ scripted: parsed });
    }),
    http.get("/_control/received", ({ request }) => {
      const query = new URL(request.url).searchParams;
      const id = query.get("paymentRequestId");
      const api = (query.get("api") ?? undefined) as Operation | undefined;
      const all = simulator().registry.all.filter((x) => api === undefined || x.api === api);
      // Tokens in the callbacks are masked: this endpoint may be reachable from other hosts.
      return HttpResponse.json((id ? simulator().registry.received(id, api) : all).map(redactExchange));
    }),
    http.get("/_control/unclaimed", () => HttpResponse.json(simulator().unclaimed.map(redactExchange))),
    http.get("/_control/redirects", ({ request }) => {
      const id = new URL(request.url).searchParams.get("paymentRequestId") ?? "";
      return HttpResponse.json(simulator().registry.redirectsOf(id));
    }),
  ];
}
