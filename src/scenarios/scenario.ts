/**
 * A scenario drives the target through one flow and records everything into ctx.trace. It
 * never throws on a misbehaving target: when an answer makes the next step impossible it
 * notes why and stops; the checks judge what was recorded.
 */
import type { ScenarioName } from "../core/scenarioNames";
import type { ScenarioContext } from "./context";

export interface Scenario {
  name: ScenarioName;
  run(ctx: ScenarioContext): Promise<void>;
}
