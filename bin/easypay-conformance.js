#!/usr/bin/env node
// Runs the TypeScript CLI through tsx, so `npx easypay-conformance run ...` needs no build step.
require("tsx/cjs");
require("../src/cli.ts");
