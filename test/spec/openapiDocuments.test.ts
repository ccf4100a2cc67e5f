// Both OpenAPI documents are valid OpenAPI 3.1 and resolve with local files only.

import { join } from "node:path";
import SwaggerParser from "@apidevtools/swagger-parser";

const spec = join(__dirname, "../../spec");

describe.each(["mpp.yaml", "alipayplus.yaml"])("spec/%s", (file) => {
  it("validates as OpenAPI 3.1 with network $refs disabled", async () => {
    const api = (await SwaggerParser.validate(join(spec, file), { resolve: { http: false } })) as { openapi: string };
    expect(api.openapi).toBe("3.1.0");
  });
});

it("the parser really rejects a broken document (so the test above can fail)", async () => {
  const broken = {
    openapi: "3.1.0",
    info: { title: "x", version: "1" },
    paths: { "/p": { post: { responses: { "200": { $ref: "#/nowhere" } } } } },
  };
  await expect(SwaggerParser.validate(broken as never, { resolve: { http: false } })).rejects.toThrow();
});
