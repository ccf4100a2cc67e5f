/**
 * Appends an exchange to its trace, giving it the next id ("x1", "x2", ...). Client and
 * simulator both record through here, so ids stay unique when their exchanges interleave.
 */
import type { Exchange, RecordedMessage, Trace } from "./trace";

export function appendExchange(trace: Trace, exchange: Omit<Exchange, "id">): Exchange {
  const recorded: Exchange = { id: `x${trace.exchanges.length + 1}`, ...exchange };
  trace.exchanges.push(recorded);
  return recorded;
}

/** The largest body the kit accepts or records; more is an attack or a bug, not evidence. */
export const maxBodyBytes = 1024 * 1024;

/** Headers as recorded: names lower-cased, repeated values joined as HTTP allows. */
export function recordHeaders(
  headers: Record<string, string | string[] | undefined> | Headers,
): Record<string, string> {
  const out: Record<string, string> = {};
  const entries = headers instanceof Headers ? [...headers.entries()] : Object.entries(headers);
  for (const [name, value] of entries) {
    if (value === undefined) continue;
    out[name.toLowerCase()] = Array.isArray(value) ? value.join(", ") : value;
  }
  return out;
}

/** A message as recorded: the raw text, its JSON when it parses, and whether it was cut. */
export function recordMessage(headers: Record<string, string>, body: Buffer, truncated = false): RecordedMessage {
  const text = body.toString("utf8");
  const message: RecordedMessage = { headers, body: text };
  if (truncated) message.truncated = true;
  else if (text.trim() !== "") {
    try {
      message.json = JSON.parse(text);
    } catch {
      // Not JSON: the raw text is the evidence; checks report the parse failure.
    }
  }
  return message;
}

/** Appends an exchange recorded before its trace was known (a simulator callback), giving it its id there. */
export function adoptExchange(trace: Trace, exchange: Exchange): Exchange {
  exchange.id = `x${trace.exchanges.length + 1}`;
  trace.exchanges.push(exchange);
  return exchange;
}
