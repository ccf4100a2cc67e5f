/**
 * One folder per run: <reports>/<run-id>/ holds everything of one run, and <reports>/latest/
 * is a real copy of the newest (a symlink or junction does not work everywhere: Windows
 * without developer mode, zip artifacts, some CI caches).
 */

import { randomBytes } from "node:crypto";
import {
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  renameSync,
  rmdirSync,
  rmSync,
  unlinkSync,
} from "node:fs";
import { basename, join, resolve } from "node:path";

/** Sortable, readable and unique: 2026-12-02T07-52-42Z-3f9a. Safe as a folder name on every OS. */
export function newRunId(now: Date = new Date(), suffix: string = randomBytes(2).toString("hex")): string {
  return `${now
    .toISOString()
    .replace(/\.\d+Z$/, "Z")
    .replace(/:/g, "-")}-${suffix}`;
}

export const latestDir = (baseDir: string): string => join(baseDir, "latest");

/** Replaces <base>/latest with a copy of the run folder (through a temp folder: never half-written). */
export function publishLatest(baseDir: string, runDir: string): string {
  const latest = latestDir(baseDir);
  const staging = join(baseDir, `.latest-${process.pid}`);
  rmSync(staging, { recursive: true, force: true });
  cpSync(runDir, staging, { recursive: true });
  rmSync(latest, { recursive: true, force: true });
  renameSync(staging, latest);
  return latest;
}

/**
 * Moves the screenshots of a run into <runDir>/evidence and returns the new path of each, by
 * old path. Files in the shared default evidence folder are moved (they belong to this run);
 * files in a folder the user configured are copied and left where they were.
 */
export function collectEvidence(
  screenshots: readonly string[],
  runDir: string,
  sharedEvidenceDir?: string,
): Map<string, string> {
  const moved = new Map<string, string>();
  const evidence = join(runDir, "evidence");
  mkdirSync(evidence, { recursive: true });
  for (const file of new Set(screenshots)) {
    if (!existsSync(file)) continue;
    const to = join(evidence, basename(file));
    if (resolve(file) === resolve(to)) {
      moved.set(file, to);
      continue;
    }
    copyFileSync(file, to);
    if (sharedEvidenceDir && resolve(file).startsWith(resolve(sharedEvidenceDir))) unlinkSync(file);
    moved.set(file, to);
  }
  // The shared folder only held this run's screenshots: leave no empty folder behind.
  if (sharedEvidenceDir && existsSync(sharedEvidenceDir) && readdirSync(sharedEvidenceDir).length === 0)
    rmdirSync(sharedEvidenceDir);
  return moved;
}
