import { scenarioNames } from "../../core/scenarioNames";
import { targetMessages } from "../common/judgedExchanges";
import { type Flaw, judgeEach, where } from "../common/judgeEach";
import { leavesOf } from "../common/leavesOf";
import { defineCheck } from "../defineCheck";
import { targetBody } from "../traceQueries";

const title = "Every scalar value in the MPP's responses and callbacks is a JSON string";

/**
 * values.all-strings: Alipay+ sends and expects every non-array value as a string ("100",
 * "true"). null stays allowed: docs/alipayplus/messages-and-signatures.md#data-types lets optional fields be null.
 */
export const allStrings = defineCheck({
  rule: "values.all-strings",
  title,
  scenarios: scenarioNames,
  run(trace) {
    const judged = targetMessages(trace).filter((x) => targetBody(x) !== undefined);
    return judgeEach(
      title,
      judged,
      (x) =>
        // A body without a value the rule is about ({} or only nulls) shows nothing about it.
        !leavesOf(targetBody(x)).some((leaf) => leaf.value !== null)
          ? { skip: `${where(x)}: the body carries no value to judge` }
          : leavesOf(targetBody(x))
              .filter((leaf) => typeof leaf.value === "number" || typeof leaf.value === "boolean")
              .map(
                (leaf): Flaw => ({
                  title: `${where(x)}: ${leaf.path} is a JSON ${typeof leaf.value}`,
                  expected: `a JSON string, e.g. ${JSON.stringify(String(leaf.value))}`,
                  received: `${typeof leaf.value} ${JSON.stringify(leaf.value)}`,
                  hint: `Alipay+ APIs carry every value except arrays as a string: write ${leaf.path.slice(2)} as ${JSON.stringify(String(leaf.value))}, not ${JSON.stringify(leaf.value)}.`,
                  path: leaf.path,
                }),
              ),
      "no JSON response or callback from the target in this scenario",
    );
  },
});
