/**
 * Which kit judged a run: its version and a hash of spec/ (the rules and contracts it judged
 * against), so two summaries can be compared knowing whether the rules were the same.
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";

const kitRoot = join(__dirname, "../..");

export function kitVersion(root: string = kitRoot): string {
  return (JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { version: string }).version;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

/** sha256 over every file of spec/ (path and bytes), in a stable order; the same on every OS. */
export function specHash(root: string = kitRoot): string {
  const spec = join(root, "spec");
  const hash = createHash("sha256");
  for (const file of filesUnder(spec)
    .map((f) => relative(spec, f).split("\\").join("/"))
    .sort()) {
    hash
      .update(`${file}\0`)
      .update(readFileSync(join(spec, file)))
      .update("\0");
  }
  return `sha256:${hash.digest("hex")}`;
}
