/**
 * Derives schema-invalid requests from a valid one and the schema's own constraints
 * (generated/schemaInfo.ts): a missing required field, a number where a string belongs, a
 * value one character over its maxLength, an unknown enum value. Pure; one change per request
 * so a refusal can only be about that change.
 */

/** What the spec says about one request body, as paths like "paymentMethod.paymentMethodType". */
export interface RequestConstraints {
  required: readonly string[];
  maxLength: readonly { path: string; maxLength: number }[];
  enums: readonly { path: string; values: readonly string[] }[];
  /** Fields whose type is string. */
  strings: readonly string[];
}

export interface InvalidRequest {
  /** e.g. "missing:order.orderAmount"; the scenario step is "schema-invalid:<api>:<what>". */
  what: string;
  body: unknown;
}

const clone = <T>(value: T): T => structuredClone(value);

function parentOf(root: unknown, path: string): { parent: Record<string, unknown>; key: string } | undefined {
  const keys = path.split(".");
  const key = keys.pop()!;
  let current: unknown = root;
  for (const k of keys) {
    if (current === null || typeof current !== "object") return undefined;
    current = (current as Record<string, unknown>)[k];
  }
  return current !== null && typeof current === "object"
    ? { parent: current as Record<string, unknown>, key }
    : undefined;
}

/** The value at a dotted path, or undefined. */
export function valueAt(root: unknown, path: string): unknown {
  const found = parentOf(root, path);
  return found ? found.parent[found.key] : undefined;
}

function withChange(
  base: unknown,
  path: string,
  change: (parent: Record<string, unknown>, key: string) => void,
): unknown {
  const copy = clone(base);
  const found = parentOf(copy, path);
  if (found) change(found.parent, found.key);
  return copy;
}

const depth = (path: string) => path.split(".").length;

/**
 * The slips real integrations make, tried first when the schema allows them: an amount sent as
 * a number, an over-long paymentRequestId, a phase flag that is neither "true" nor "false".
 */
const realisticFirst =
  (preferred: readonly string[]) =>
  <T extends { path: string }>(items: readonly T[]): T[] => {
    const rank = (path: string) => {
      const index = preferred.findIndex((end) => path === end || path.endsWith(`.${end}`));
      return index === -1 ? preferred.length : index;
    };
    return [...items].sort((a, b) => rank(a.path) - rank(b.path));
  };

/** Prefer one top-level and one nested example of each kind, among paths the base request has. */
function pick<T extends { path: string }>(items: readonly T[], base: unknown): T[] {
  const present = items.filter((item) => valueAt(base, item.path) !== undefined);
  const top = present.find((item) => depth(item.path) === 1);
  const nested = present.find((item) => depth(item.path) > 1);
  return [top, nested].filter((item): item is T => item !== undefined);
}

export function invalidRequests(base: unknown, constraints: RequestConstraints): InvalidRequest[] {
  const out: InvalidRequest[] = [];
  for (const { path } of pick(
    constraints.required.map((path) => ({ path })),
    base,
  )) {
    out.push({ what: `missing:${path}`, body: withChange(base, path, (parent, key) => delete parent[key]) });
  }
  const strings = realisticFirst(["paymentAmount.value", "paymentRequestId"])(
    constraints.strings.map((path) => ({ path })),
  )
    .map((entry) => entry.path)
    .filter((path) => typeof valueAt(base, path) === "string");
  // A number where the spec says string (docs/alipayplus/messages-and-signatures.md#data-types: every scalar is a JSON string); a digit
  // string is the realistic slip (an amount or an id sent as a number).
  const wrongType = strings.find((path) => /^\d+$/.test(String(valueAt(base, path)))) ?? strings[0];
  if (wrongType) {
    const asNumber = Number(valueAt(base, wrongType)) || 1;
    out.push({
      what: `wrong-type:${wrongType}`,
      body: withChange(base, wrongType, (parent, key) => (parent[key] = asNumber)),
    });
  }
  const limited = realisticFirst(["paymentRequestId", "userLoginId"])(constraints.maxLength).filter(
    (entry) => typeof valueAt(base, entry.path) === "string",
  );
  for (const entry of pick(limited, base)) {
    out.push({
      what: `too-long:${entry.path}`,
      body: withChange(base, entry.path, (parent, key) => (parent[key] = "9".repeat(entry.maxLength + 1))),
    });
  }
  for (const entry of pick(realisticFirst(["isPaymentEvaluation"])(constraints.enums), base)) {
    const unknown = entry.values.includes("maybe") ? "maybe-not" : "maybe";
    out.push({
      what: `enum:${entry.path}`,
      body: withChange(base, entry.path, (parent, key) => (parent[key] = unknown)),
    });
  }
  return out;
}

/** The first half of a valid body: certainly not JSON, and still signed as sent. */
export function malformedJson(body: unknown): string {
  const text = JSON.stringify(body);
  return text.slice(0, Math.floor(text.length / 2));
}

/** A valid request padded with an unknown field to `bytes`: only its size is wrong. */
export function oversizedJson(body: object, bytes: number): string {
  const text = JSON.stringify({ ...body, oversizedPadding: "" });
  return JSON.stringify({ ...body, oversizedPadding: "x".repeat(Math.max(0, bytes - text.length)) });
}
