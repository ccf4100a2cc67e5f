import { scenarioNames } from "../../core/scenarioNames";
import { targetMessages } from "../common/judgedExchanges";
import { type Flaw, judgeEach, where } from "../common/judgeEach";
import { leavesOf } from "../common/leavesOf";
import { defineCheck } from "../defineCheck";
import { targetBody } from "../traceQueries";

const title = 'Optional fields that do not apply are omitted or null, never ""';

/** values.no-empty-strings: docs/alipayplus/messages-and-signatures.md#data-types — "" for a field that does not apply "might cause an error". */
export const noEmptyStrings = defineCheck({
  rule: "values.no-empty-strings",
  title,
  scenarios: scenarioNames,
  run(trace) {
    const judged = targetMessages(trace).filter((x) => targetBody(x) !== undefined);
    return judgeEach(
      title,
      judged,
      (x) =>
        // A body without a value the rule is about ({} or only nulls) shows nothing about it.
        !leavesOf(targetBody(x)).some((leaf) => typeof leaf.value === "string")
          ? { skip: `${where(x)}: the body carries no value to judge` }
          : leavesOf(targetBody(x))
              .filter((leaf) => leaf.value === "")
              .map(
                (leaf): Flaw => ({
                  title: `${where(x)}: ${leaf.path} is ""`,
                  expected: "the field omitted, or null",
                  received: '""',
                  hint: `Leave ${leaf.path.slice(2)} out (or send null) when it does not apply; Alipay+ treats "" as a value and may reject it.`,
                  path: leaf.path,
                }),
              ),
      "no JSON response or callback from the target in this scenario",
    );
  },
});
