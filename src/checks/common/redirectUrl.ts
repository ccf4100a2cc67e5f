/**
 * Compares the URL the browser landed at with the paymentRedirectUrl the order carried, on the
 * raw query: "%2B" must stay "%2B" (the seed's paymentSessionData is full of such escapes),
 * so nothing is decoded and re-encoded before comparing.
 */
export interface RawUrl {
  /** origin + path, e.g. "http://127.0.0.1:9/result/1". */
  base: string;
  /** The raw "k=v" pairs of the query, in order, undecoded. */
  pairs: string[];
}

export function parseRaw(url: string): RawUrl | undefined {
  const withoutHash = url.split("#")[0] ?? "";
  const question = withoutHash.indexOf("?");
  const head = question === -1 ? withoutHash : withoutHash.slice(0, question);
  const query = question === -1 ? "" : withoutHash.slice(question + 1);
  try {
    const parsed = new URL(head);
    return { base: `${parsed.origin}${parsed.pathname}`, pairs: query === "" ? [] : query.split("&") };
  } catch {
    return undefined;
  }
}

const keyOf = (pair: string) => pair.split("=")[0] ?? "";

/** The values of every `status` parameter (decoded; they are plain words). */
export function statusValues(url: RawUrl): string[] {
  return url.pairs.filter((p) => keyOf(p) === "status").map((p) => decodeURIComponent(p.slice("status=".length)));
}

/** The one status=success|fail of a landing URL, or undefined when there is not exactly one. */
export function verificationStatus(landedAt: string): "success" | "fail" | undefined {
  const url = parseRaw(landedAt);
  const values = url ? statusValues(url) : [];
  return values.length === 1 && (values[0] === "success" || values[0] === "fail") ? values[0] : undefined;
}

/** What differs between the expected redirect base and the landing URL, status aside. */
export function queryDamage(expected: RawUrl, landed: RawUrl): string[] {
  const problems: string[] = [];
  if (expected.base !== landed.base) problems.push(`landed at ${landed.base} instead of ${expected.base}`);
  const remaining = [...landed.pairs];
  for (const pair of expected.pairs) {
    const index = remaining.indexOf(pair);
    if (index === -1) {
      const sameKey = landed.pairs.find((p) => keyOf(p) === keyOf(pair));
      problems.push(sameKey ? `parameter changed: ${pair} became ${sameKey}` : `parameter missing: ${pair}`);
    } else remaining.splice(index, 1);
  }
  const foreign = remaining.filter((p) => keyOf(p) !== "status" && !expected.pairs.some((e) => keyOf(e) === keyOf(p)));
  if (foreign.length > 0) problems.push(`parameters added besides status: ${foreign.join("&")}`);
  return problems;
}
