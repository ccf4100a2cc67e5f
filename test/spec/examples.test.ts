// Every example in spec/examples/ is listed in index.yaml, positives validate, and negatives fail
// with an error at each stated JSON path.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { type Direction, type Operation, validate } from "../../generated/validate";

interface ExampleEntry {
  file: string;
  operation: Operation;
  direction: Direction;
  valid: boolean;
  source: string;
  reason?: string;
  errors?: string[];
}

const folder = join(__dirname, "../../spec/examples");
const examples = (parse(readFileSync(join(folder, "index.yaml"), "utf8")) as { examples: ExampleEntry[] }).examples;
const body = (file: string): unknown => JSON.parse(readFileSync(join(folder, file), "utf8"));

it("index.yaml lists every example file exactly once", () => {
  const listed = examples.map((e) => e.file).sort();
  const present = readdirSync(folder)
    .filter((f) => f.endsWith(".json"))
    .sort();
  expect(listed).toEqual(present);
});

it("every operation and direction has a positive example", () => {
  for (const op of ["pay", "inquiryPayment", "notifyPayment", "authNotify"]) {
    for (const dir of ["request", "response"]) {
      expect(examples.some((e) => e.valid && e.operation === op && e.direction === dir)).toBe(true);
    }
  }
});

const positives = examples.filter((e) => e.valid);
const negatives = examples.filter((e) => !e.valid);

it.each(positives.map((e) => [e.file, e]))("%s validates", (_file, example) => {
  expect(validate(example.operation, example.direction, body(example.file))).toEqual({ valid: true });
});

it.each(negatives.map((e) => [e.file, e]))("%s is rejected at its stated paths", (_file, example) => {
  expect(example.reason).toBeTruthy();
  expect(example.errors?.length).toBeGreaterThan(0);
  const result = validate(example.operation, example.direction, body(example.file));
  expect(result.valid).toBe(false);
  const paths = result.valid ? [] : result.errors.map((e) => e.path);
  for (const path of example.errors ?? []) expect(paths).toContain(path);
});
