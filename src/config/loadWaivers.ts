/**
 * Reads a waivers file (JSON or YAML; config/waivers.schema.json describes it). Every problem is
 * listed at once as a ConfigError, like the config file's: a waiver for an unknown rule or a
 * date that is no date is a usage error, never silently ignored.
 */
import { readFileSync } from "node:fs";
import Ajv2020 from "ajv/dist/2020";
import { parse as parseYaml } from "yaml";
import schema from "../../config/waivers.schema.json";
import { type RuleId, ruleIds } from "../../generated/rules";
import type { Waiver } from "../core/verdicts";
import { ConfigError, type ConfigProblem } from "./ConfigError";

const validate = new Ajv2020({ allErrors: true, strict: true }).compile(schema);

/** Problems with already-parsed waivers content (pure). */
export function waiverProblems(content: unknown): ConfigProblem[] {
  if (!validate(content)) {
    return (validate.errors ?? []).map((e) => ({
      path: `waivers${e.instancePath.replace(/\//g, ".")}`,
      message: e.message ?? e.keyword,
    }));
  }
  const problems: ConfigProblem[] = [];
  (content as { waivers: Waiver[] }).waivers.forEach((w, i) => {
    if (!(ruleIds as readonly string[]).includes(w.rule))
      problems.push({ path: `waivers.${i}.rule`, message: `unknown rule '${w.rule}' (see spec/rules.yaml)` });
    if (Number.isNaN(Date.parse(`${w.expires}T00:00:00Z`)))
      problems.push({ path: `waivers.${i}.expires`, message: `'${w.expires}' is not a date` });
  });
  return problems;
}

export function loadWaivers(file: string): Waiver[] {
  let content: unknown;
  try {
    const text = readFileSync(file, "utf8");
    content = /\.ya?ml$/i.test(file) ? parseYaml(text) : JSON.parse(text);
  } catch (e) {
    throw new ConfigError([
      {
        path: "",
        message: `waivers file ${file}: ${(e as NodeJS.ErrnoException).code === "ENOENT" ? "not found" : (e as Error).message}`,
      },
    ]);
  }
  const problems = waiverProblems(content);
  if (problems.length) throw new ConfigError(problems.map((p) => ({ ...p, message: `${p.message} (in ${file})` })));
  return (content as { waivers: Array<Waiver & { rule: RuleId }> }).waivers;
}
