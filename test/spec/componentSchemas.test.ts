// Every component schema compiles under AJV strict mode (swagger-parser does not check schema
// keywords: a typo such as `type: strng` or `maxLenght` only shows up here).
import { join } from "node:path";
import { bundleSpec } from "../../scripts/codegen/bundleSpec";
import { newAjv, schemaBundle } from "../../scripts/codegen/validators";

const docs = ["mpp.yaml", "alipayplus.yaml"].map((file) => bundleSpec(join(__dirname, "../../spec", file)));
const bundle = schemaBundle(docs);
const ajv = newAjv();
ajv.addSchema(bundle);

it.each(Object.keys(bundle.$defs))("%s compiles under AJV strict", (name) => {
  expect(() => ajv.getSchema(`${bundle.$id}#/$defs/${name}`)).not.toThrow();
  expect(ajv.getSchema(`${bundle.$id}#/$defs/${name}`)).toBeInstanceOf(Function);
});

it("strict mode rejects an unknown keyword (so the lint can fail)", () => {
  expect(() => newAjv().compile({ type: "string", maxLenght: 3 })).toThrow(/unknown keyword/);
});

it("the brief's shared schemas all exist", () => {
  const names = Object.keys(bundle.$defs);
  for (const name of [
    "Amount",
    "Result",
    "Order",
    "Merchant",
    "Env",
    "PaymentMethod",
    "PaymentMethodMetaData",
    "PaymentFactor",
    "AuthorizationInfo",
  ]) {
    expect(names).toContain(name);
  }
});
