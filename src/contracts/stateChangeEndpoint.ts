/**
 * Provider states through the MPP's own state-change endpoint (config target.stateChangeUrl or
 * --state-change-url), for MPPs that prefer one: Pact's `{state, params, action}` is posted
 * there and its JSON answer is what the interaction injects. The kit still signs the requests,
 * so the bad-signature state is also noted here.
 */

import type { SigningMode } from "./signingProxy";
import { StateError } from "./stateHandlers";
import { type StateName, type StateValues, states } from "./states";

const boundMs = 60_000;

export function stateChangeHandlers(
  url: string,
  signing: SigningMode,
): Record<StateName, (params?: Record<string, unknown>) => Promise<StateValues>> {
  const setUp = (state: StateName) => async (params?: Record<string, unknown>) => {
    if (state === states.badSignature) signing.signNextBadly();
    let answer: Response;
    try {
      answer = await fetch(url, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ state, params: params ?? {}, action: "setup" }),
        signal: AbortSignal.timeout(boundMs),
      });
    } catch (error) {
      throw new StateError(
        `state "${state}": the state-change endpoint ${url} could not be reached (${(error as Error).message})`,
      );
    }
    if (!answer.ok)
      throw new StateError(`state "${state}": the state-change endpoint ${url} answered HTTP ${answer.status}`);
    return (await answer.json().catch(() => ({}))) as StateValues;
  };
  return Object.fromEntries(Object.values(states).map((state) => [state, setUp(state)])) as Record<
    StateName,
    (params?: Record<string, unknown>) => Promise<StateValues>
  >;
}
