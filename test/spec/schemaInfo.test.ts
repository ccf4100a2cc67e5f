// generated/schemaInfo.ts is what the invalid-input scenario derives its bad requests from, so
// each constraint it lists must really make the validator reject a request at that path.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { pathKeys, schemaInfo } from "../../generated/schemaInfo";
import { type MppOperation, validate } from "../../generated/validate";

type Body = Record<string, unknown>;
const example = (file: string): Body => JSON.parse(readFileSync(join(__dirname, "../../spec/examples", file), "utf8"));
const valid = { pay: example("pay-order.request.json"), inquiryPayment: example("inquiry.request.json") };

/** A deep copy of `body` with the value at `path` replaced (undefined: removed), creating parents. */
function withValue(body: Body, path: string, value: unknown): Body {
  const copy = structuredClone(body);
  const keys = pathKeys(path);
  let node: Body = copy;
  for (const key of keys.slice(0, -1)) {
    if (typeof node[key] !== "object" || node[key] === null) node[key] = {};
    node = node[key] as Body;
  }
  const last = keys[keys.length - 1]!;
  if (value === undefined) delete node[last];
  else node[last] = value;
  return copy;
}

function errorPaths(op: MppOperation, body: Body): string[] {
  const result = validate(op, "request", body);
  return result.valid ? [] : result.errors.map((e) => e.path);
}

describe.each(["pay", "inquiryPayment"] as const)("%s request", (op) => {
  const info = schemaInfo[op];

  it("the base request is valid", () => {
    expect(validate(op, "request", valid[op])).toEqual({ valid: true });
  });

  it("lists the ids every request carries", () => {
    const always = info.required.filter((r) => r.always).map((r) => r.path);
    expect(always).toEqual(expect.arrayContaining(["$.acquirerId", "$.pspId", "$.paymentRequestId"]));
    expect(info.maxLength).toEqual(expect.arrayContaining([{ path: "$.paymentRequestId", maxLength: 64 }]));
  });

  it.each(info.required.filter((r) => r.always).map((r) => [r.path]))("without %s it is rejected there", (path) => {
    expect(errorPaths(op, withValue(valid[op], path, undefined))).toContain(path);
  });

  it.each(info.maxLength.map((m) => [m.path, m.maxLength]))("%s longer than %d is rejected there", (path, max) => {
    expect(errorPaths(op, withValue(valid[op], path, "1".repeat(max + 1)))).toContain(path);
  });

  // inquiryPayment has no enum field; jest refuses an empty table
  if (info.enums.length > 0) {
    it.each(info.enums.map((e) => [e.path]))('%s = "maybe" is rejected there', (path) => {
      expect(errorPaths(op, withValue(valid[op], path, "maybe"))).toContain(path);
    });
  }

  it.each(info.strings.map((p) => [p]))("%s as a JSON number is rejected there", (path) => {
    expect(errorPaths(op, withValue(valid[op], path, 20))).toContain(path);
  });
});

it('pay lists the paymentFactor flags as "true"/"false" enums', () => {
  expect(schemaInfo.pay.enums).toEqual(
    expect.arrayContaining([{ path: "$.paymentFactor.isPaymentEvaluation", values: ["true", "false"] }]),
  );
});
