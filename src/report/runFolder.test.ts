import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { collectEvidence, newRunId, publishLatest } from "./runFolder";

test("run ids sort by time and are safe folder names on every OS", () => {
  const id = newRunId(new Date("2026-12-02T07:52:42.123Z"), "3f9a");
  expect(id).toBe("2026-12-02T07-52-42Z-3f9a");
  expect(id).not.toMatch(/[:\\/*?"<>|]/);
  expect(newRunId(new Date("2026-12-02T07:52:43Z"), "0000") > id).toBe(true);
});

test("latest/ is a real copy of the newest run, replaced whole", () => {
  const base = mkdtempSync(join(tmpdir(), "easypay-runs-"));
  for (const [id, text] of [
    ["run-1", "first"],
    ["run-2", "second"],
  ] as const) {
    mkdirSync(join(base, id, "evidence"), { recursive: true });
    writeFileSync(join(base, id, `${id}.txt`), text);
    publishLatest(base, join(base, id));
  }
  expect(readdirSync(join(base, "latest")).sort()).toEqual(["evidence", "run-2.txt"]);
  expect(readFileSync(join(base, "latest", "run-2.txt"), "utf8")).toBe("second");
  expect(readdirSync(base).sort()).toEqual(["latest", "run-1", "run-2"]);
});

test("screenshots move from the shared evidence folder into the run's; a user's folder is copied from", () => {
  const base = mkdtempSync(join(tmpdir(), "easypay-evidence-"));
  const shared = join(base, "evidence");
  const own = join(base, "mine");
  mkdirSync(shared);
  mkdirSync(own);
  writeFileSync(join(shared, "a.png"), "a");
  writeFileSync(join(own, "b.png"), "b");
  const moved = collectEvidence(
    [join(shared, "a.png"), join(own, "b.png"), join(own, "gone.png")],
    join(base, "run"),
    shared,
  );
  expect([...moved.values()]).toEqual([join(base, "run", "evidence", "a.png"), join(base, "run", "evidence", "b.png")]);
  expect(existsSync(shared)).toBe(false); // emptied, then removed
  expect(existsSync(join(own, "b.png"))).toBe(true);
});
