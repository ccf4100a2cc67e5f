/**
 * A `curl` command that replays an exchange's request, for failure reports. The Signature
 * value is redacted: it is a credential-like artefact and would be stale anyway, since it
 * covers the Request-Time.
 */
import type { Exchange } from "../core/trace";

const quote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

/** Transport headers curl sets itself; repeating them only adds noise or lies (length). */
const skipped = new Set(["host", "content-length", "connection", "transfer-encoding"]);

function redact(name: string, value: string): string {
  return name === "signature" ? value.replace(/signature=.*$/, "signature=<redacted>") : value;
}

export function curlFor(exchange: Exchange): string {
  const lines = [`curl -i -X ${exchange.method} ${quote(exchange.url)}`];
  for (const [name, value] of Object.entries(exchange.request.headers)) {
    if (!skipped.has(name)) lines.push(`-H ${quote(`${name}: ${redact(name, value)}`)}`);
  }
  if (exchange.request.body !== "") lines.push(`--data-raw ${quote(exchange.request.body)}`);
  return lines.join(" \\\n  ");
}
