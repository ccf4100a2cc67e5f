/**
 * Every problem with a merged configuration, in the file's shape: first what the JSON Schema
 * (config/schema.json) says, then what a schema cannot say (URLs, regular expressions).
 * Pure: key files are checked when they are read (resolveKeys).
 */
import Ajv2020, { type ErrorObject } from "ajv/dist/2020";
import schema from "../../config/schema.json";
import type { ConfigProblem } from "./ConfigError";
import { DEFAULT_MPP_CALLBACK_TIMEOUT_MS } from "./timingProfiles";

const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
const validateFile = ajv.compile(schema);

/** `/accounts/rejected/0` → `accounts.rejected.0` */
const dotted = (pointer: string) =>
  pointer
    .split("/")
    .slice(1)
    .map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"))
    .join(".");
const join = (a: string, b: string) => (a ? `${a}.${b}` : b);

function describe(error: ErrorObject): ConfigProblem {
  const at = dotted(error.instancePath);
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case "required":
      return { path: join(at, String(params.missingProperty)), message: "is required" };
    case "additionalProperties":
      return { path: join(at, String(params.additionalProperty)), message: "unknown key" };
    case "unevaluatedProperties":
      return { path: join(at, String(params.unevaluatedProperty)), message: "unknown key" };
    case "enum":
      return {
        path: at,
        message: `must be one of ${(params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(", ")}`,
      };
    default:
      return { path: at, message: error.message ?? error.keyword };
  }
}

function schemaProblems(config: unknown): ConfigProblem[] {
  if (validateFile(config)) return [];
  const seen = new Set<string>();
  return (validateFile.errors ?? []).map(describe).filter((p) => {
    const key = `${p.path}|${p.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === "http:" || url.protocol === "https:";
  } catch {
    return false;
  }
}

const get = (config: Record<string, unknown>, path: string): unknown =>
  path
    .split(".")
    .reduce<unknown>(
      (node, key) => (node && typeof node === "object" ? (node as Record<string, unknown>)[key] : undefined),
      config,
    );

function urlProblems(config: Record<string, unknown>): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  for (const path of ["target.baseUrl", "simulator.publicUrl", "verification.hookUrl", "verification.outboxUrl"]) {
    const value = get(config, path);
    // Templates carry {placeholders}; a URL parser would reject the braces for the wrong reason.
    if (typeof value === "string" && !isHttpUrl(value.replace(/\{(\w+)\}/g, "x"))) {
      problems.push({ path, message: "must be an absolute http(s) URL" });
    }
  }
  return problems;
}

function regexProblem(path: string, source: unknown): ConfigProblem[] {
  if (typeof source !== "string") return [];
  try {
    new RegExp(source);
    return [];
  } catch (e) {
    return [{ path, message: `not a regular expression: ${(e as Error).message}` }];
  }
}

function stepProblems(config: Record<string, unknown>): ConfigProblem[] {
  const lists = ["steps", "sendCodeSteps", "resendSteps"].map(
    (key) => [key, get(config, `verification.${key}`)] as const,
  );
  const steps = lists.flatMap(([key, list]) =>
    Array.isArray(list)
      ? list.flatMap((step, i) =>
          regexProblem(`verification.${key}.${i}.matchUrl`, (step as { matchUrl?: unknown }).matchUrl),
        )
      : [],
  );
  const controls = ["submit", "sendCode", "resend"].flatMap((key) =>
    regexProblem(`verification.controls.${key}`, get(config, `verification.controls.${key}`)),
  );
  return [...steps, ...controls];
}

function driverProblems(config: Record<string, unknown>): ConfigProblem[] {
  if (get(config, "verification.driver") === "http" && get(config, "verification.hookUrl") === undefined) {
    return [{ path: "verification.hookUrl", message: "is required by the http driver" }];
  }
  return [];
}

/** A no-answer silence the MPP outwaits would test a closed connection, not a missing answer. */
function noAnswerProblems(config: Record<string, unknown>): ConfigProblem[] {
  const silence = get(config, "timing.noAnswerMs");
  const declared = get(config, "timing.mppCallbackTimeoutMs") ?? DEFAULT_MPP_CALLBACK_TIMEOUT_MS;
  if (typeof silence !== "number" || typeof declared !== "number" || silence > declared) return [];
  return [
    {
      path: "timing.noAnswerMs",
      message: `must be longer than the MPP's callback timeout (timing.mppCallbackTimeoutMs, ${declared} ms), or a scripted no-answer tests a closed connection; leave it out to derive it, or declare the MPP's real timeout`,
    },
  ];
}

export function checkConfigFile(config: Record<string, unknown>): ConfigProblem[] {
  return [
    ...schemaProblems(config),
    ...urlProblems(config),
    ...stepProblems(config),
    ...driverProblems(config),
    ...noAnswerProblems(config),
  ];
}
