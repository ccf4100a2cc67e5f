/**
 * The bytes a callback pact's body is signed over: keys sorted at every level, no whitespace.
 * Pact stores bodies with sorted keys and its verifier re-serialises them, so the example
 * signature in a callback pact and the bytes the verifier sends agree only in this form.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== "object") return value;
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((key) => [key, sortKeys((value as Record<string, unknown>)[key])]),
  );
}
