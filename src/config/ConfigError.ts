/** One thing wrong with the configuration, at a dotted path such as `target.baseUrl`. */
export interface ConfigProblem {
  path: string;
  message: string;
}

/**
 * A configuration the kit cannot run with. It lists every problem at once, so a user fixes
 * their file in one pass instead of one error per run.
 */
export class ConfigError extends Error {
  readonly problems: ConfigProblem[];

  constructor(problems: ConfigProblem[]) {
    const lines = problems.map((p) => `  - ${p.path ? `${p.path}: ` : ""}${p.message}`);
    const count = problems.length === 1 ? "1 problem" : `${problems.length} problems`;
    super(`Invalid configuration (${count}):\n${lines.join("\n")}`);
    this.name = "ConfigError";
    this.problems = problems;
  }
}
