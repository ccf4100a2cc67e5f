/** Every scalar leaf of a JSON value with its JSON path ("$.paymentAmount.value", "$.items[0]"). */
export interface Leaf {
  path: string;
  value: unknown;
}

export function leavesOf(value: unknown, path = "$"): Leaf[] {
  if (Array.isArray(value)) return value.flatMap((item, index) => leavesOf(item, `${path}[${index}]`));
  if (value !== null && typeof value === "object") {
    return Object.entries(value as Record<string, unknown>).flatMap(([key, inner]) =>
      leavesOf(inner, `${path}.${key}`),
    );
  }
  return [{ path, value }];
}
