/**
 * Pact's verifier matches a value injected into an answer (`fromProviderState`) by type only;
 * the contract means "this value" (the repeat's paymentId, the inquiry's amount). This pure
 * check finds the pact interaction each recorded exchange played and compares every injected
 * answer field with the value its provider state returned.
 */
import { isDeepStrictEqual } from "node:util";
import type { ContractFailure } from "./verificationFailures";

export interface RecordedExchange {
  state: { name: string; params: Record<string, unknown>; values: Record<string, unknown> } | undefined;
  path: string;
  request: unknown;
  response: unknown;
}

interface PactInteraction {
  description: string;
  providerStates?: Array<{ name: string; params?: Record<string, unknown> }>;
  request: {
    path: string;
    body?: { content?: unknown };
    generators?: { body?: Record<string, { type: string; expression?: string }> };
  };
  response: { generators?: { body?: Record<string, { type: string; expression?: string }> } };
}

const keysOf = (path: string) =>
  path
    .replace(/^\$\.?/, "")
    .split(".")
    .filter(Boolean);

function get(value: unknown, path: string): unknown {
  return keysOf(path).reduce<unknown>(
    (node, key) => (node !== null && typeof node === "object" ? (node as Record<string, unknown>)[key] : undefined),
    value,
  );
}

function withValue(value: unknown, path: string, replacement: unknown): unknown {
  const [head, ...rest] = keysOf(path);
  if (head === undefined || value === null || typeof value !== "object") return replacement;
  return {
    ...(value as Record<string, unknown>),
    [head]: withValue((value as Record<string, unknown>)[head], rest.join("."), replacement),
  };
}

/** The pact interaction this exchange played: same state, path, and request once the injected values are put back. */
function interactionOf(x: RecordedExchange, interactions: readonly PactInteraction[]): PactInteraction | undefined {
  return interactions.find((i) => {
    const state = i.providerStates?.[0];
    if (
      !x.state ||
      state?.name !== x.state.name ||
      !isDeepStrictEqual(state.params ?? {}, x.state.params ?? {}) ||
      i.request.path !== x.path
    )
      return false;
    const content = i.request.body?.content;
    const generated = Object.keys(i.request.generators?.body ?? {});
    const restored = generated.reduce((body, path) => withValue(body, path, get(content, path)), x.request);
    return isDeepStrictEqual(restored, content);
  });
}

const expressionName = (expression = "") => /^\$\{(\w+)\}$/.exec(expression)?.[1];

export function injectedValueFailures(
  exchanges: readonly RecordedExchange[],
  interactions: readonly PactInteraction[],
): ContractFailure[] {
  const failures: ContractFailure[] = [];
  for (const x of exchanges) {
    const interaction = interactionOf(x, interactions);
    if (!interaction || !x.state) continue;
    for (const [path, generator] of Object.entries(interaction.response.generators?.body ?? {})) {
      const name = expressionName(generator.expression);
      if (generator.type !== "ProviderState" || !name || !(name in x.state.values)) continue;
      const expected = x.state.values[name];
      const received = get(x.response, path);
      if (isDeepStrictEqual(expected, received)) continue;
      failures.push({
        interaction: `${interaction.description} (given ${x.state.name})`,
        field: path.startsWith("$") ? path : `$.${path}`,
        expected: JSON.stringify(expected),
        received: received === undefined ? "(nothing)" : JSON.stringify(received),
        detail: `the value the provider state set up (\${${name}}) must come back unchanged`,
      });
    }
  }
  return failures;
}

export type { PactInteraction };
