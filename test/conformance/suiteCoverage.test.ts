/**
 * `MPP_BASE_URL=… npm test` gates CI on the Jest files in suites/, each naming the rule areas it
 * turns into tests. A rule whose area no suite names would never become a test: its failure
 * would pass CI silently. Every area of the catalogue must be named by exactly one suite.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { ruleIds } from "../../generated/rules";

const suitesDir = join(__dirname, "../../suites");

/** The areas each suite passes to ruleSuite("title", ["area", ...]). */
function suiteAreas(): Map<string, string> {
  const owner = new Map<string, string>();
  for (const file of readdirSync(suitesDir).filter((f) => f.endsWith(".test.ts"))) {
    // run.test.ts judges the run as a whole (unfinished scenarios, expired waivers), no rule area.
    if (file === "run.test.ts") continue;
    const call = /ruleSuite\(\s*"[^"]*"\s*,\s*\[([^\]]*)\]/.exec(readFileSync(join(suitesDir, file), "utf8"));
    if (!call) throw new Error(`suites/${file} does not call ruleSuite("title", [areas])`);
    for (const [, area] of call[1]!.matchAll(/"([^"]+)"/g)) {
      if (owner.has(area!))
        throw new Error(`area ${area} is named by both suites/${owner.get(area!)} and suites/${file}`);
      owner.set(area!, file);
    }
  }
  return owner;
}

test("every rule area of the catalogue becomes Jest tests in exactly one suite", () => {
  const owner = suiteAreas();
  const areas = [...new Set(ruleIds.map((id) => id.split(".")[0]!))];
  expect(areas.filter((area) => !owner.has(area))).toEqual([]);
  expect([...owner.keys()].filter((area) => !areas.includes(area))).toEqual([]);
});
