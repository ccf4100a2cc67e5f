/**
 * Reads the Pact verifier's JSON result into failures worded like the rest of the kit:
 * interaction, field, expected, received.
 */
export interface ContractFailure {
  interaction: string;
  field: string;
  expected: string;
  received: string;
  detail: string;
}

interface Mismatch {
  type?: string;
  path?: string;
  key?: string;
  expected?: unknown;
  actual?: unknown;
  mismatch?: string;
  message?: string;
}

interface VerifierResult {
  errors?: Array<{ interaction?: string; mismatch?: { type?: string; message?: string; mismatches?: Mismatch[] } }>;
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: ANSI colour codes start with ESC; this strips them.
const ansi = /\u001b\[[0-9;]*m/g;

/** "Verifying a pact between A and B Given S - desc" -> "desc (given S)". */
function interactionName(raw = ""): string {
  const text = raw.replace(/^Verifying a pact between .+? and .+? /, "");
  const given = /^Given (.+?) - (.+)$/.exec(text);
  return given ? `${given[2]} (given ${given[1]})` : text.replace(/^- /, "");
}

/** Signature values are secrets in the kit's output (and say nothing to a reader): show their length. */
const masked = (text: string) =>
  text.replace(/signature=([^,\s)"']+)/g, (_all, value: string) => `signature=<${value.length} chars>`);
const shown = (value: unknown): string =>
  masked(value === undefined || value === "" ? "(nothing)" : typeof value === "string" ? value : JSON.stringify(value));

function fieldOf(m: Mismatch): string {
  if (m.type === "StatusMismatch") return "HTTP status";
  if (m.type === "HeaderMismatch") return `header ${m.key ?? "?"}`;
  if (m.path) return m.path;
  return m.type ?? "interaction";
}

/** Pact reports a missing key on the object holding it ("$", keys expected vs. actual); name the key itself. */
function missingKeys(m: Mismatch): string[] | undefined {
  const detail = m.mismatch ?? "";
  const listed = /missing the following keys: (.+)$/.exec(detail)?.[1];
  return listed
    ? listed
        .split(",")
        .map((k) => k.trim().replace(/^'|'$/g, ""))
        .filter(Boolean)
    : undefined;
}

function toFailures(interaction: string, m: Mismatch): ContractFailure[] {
  const detail = masked((m.mismatch ?? m.message ?? "").replace(ansi, ""));
  const missing = missingKeys({ ...m, mismatch: detail });
  if (missing) {
    const parent = (m.path ?? "$").replace(/\.$/, "");
    return missing.map((key) => ({
      interaction,
      field: `${parent}.${key}`,
      expected: "present",
      received: "(missing)",
      detail,
    }));
  }
  return [{ interaction, field: fieldOf(m), expected: shown(m.expected), received: shown(m.actual), detail }];
}

export function failuresOf(output: string): ContractFailure[] {
  let parsed: VerifierResult;
  try {
    parsed = JSON.parse(output) as VerifierResult;
  } catch {
    return [];
  }
  return (parsed.errors ?? []).flatMap((error) => {
    const interaction = interactionName(error.interaction);
    const mismatches = error.mismatch?.mismatches;
    if (mismatches?.length) return mismatches.flatMap((m) => toFailures(interaction, m));
    return [
      {
        interaction,
        field: "interaction",
        expected: "a verifiable interaction",
        received: "an error",
        detail: (error.mismatch?.message ?? "").replace(ansi, ""),
      },
    ];
  });
}

/** One failure as the kit prints it. */
export function describeFailure(f: ContractFailure): string {
  return `✗ ${f.interaction}\n    field:    ${f.field}\n    expected: ${f.expected}\n    received: ${f.received}${f.detail ? `\n    (${f.detail})` : ""}`;
}
