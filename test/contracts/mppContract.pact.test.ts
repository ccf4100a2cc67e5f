/**
 * Writes the Easy Pay contract (consumer AlipayPlus, provider EasyPayMPP) with Pact's mock
 * server, validates every request and response against spec/ on the way, and fails when
 * contracts/ differs from what it wrote (`npm run contracts:generate` refreshes it).
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { MatchersV3, PactV4 } from "@pact-foundation/pact";
import { requestHeaders, responseHeaders } from "../../src/contracts/headers";
import { contractPaths, mppInteractions } from "../../src/contracts/mppInteractions";
import { contractNames, pactFileName } from "../../src/contracts/names";
import { embeddedBase, embeddedKeys } from "../../src/run/embeddedTarget";
import { expectFreshContract, expectMatchesSpec } from "./contractFiles";

const names = contractNames();
const dir = mkdtempSync(join(tmpdir(), "easypay-pact-"));
const rejectionCodes = (embeddedBase(embeddedKeys()).accounts?.rejected ?? []).map((r) => r!.expectCode!);
const interactions = mppInteractions(rejectionCodes);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe(`${names.consumer} -> ${names.provider} contract`, () => {
  const pact = new PactV4({ ...names, dir, logLevel: "error" });

  it("has at least 10 interactions, one per rejection the config declares", () => {
    expect(interactions.length).toBeGreaterThanOrEqual(10);
    expect(rejectionCodes.length).toBeGreaterThan(0);
  });

  for (const interaction of interactions) {
    it(interaction.description, async () => {
      const path = contractPaths[interaction.api];
      await pact
        .addInteraction()
        .given(interaction.state, interaction.stateParams)
        .uponReceiving(interaction.description)
        .withRequest("POST", path, (b) => b.headers(requestHeaders).jsonBody(interaction.request))
        .willRespondWith(interaction.status, (b) =>
          b.headers(responseHeaders(interaction.signedResponse)).jsonBody(interaction.response),
        )
        .executeTest(async (mock) => {
          const body = MatchersV3.reify(interaction.request);
          expectMatchesSpec(interaction.api, "request", body);
          const answer = await fetch(mock.url + path, {
            method: "POST",
            headers: MatchersV3.reify(requestHeaders) as Record<string, string>,
            body: JSON.stringify(body),
            // A bound, not a timing assertion: a loaded machine can be slow to reach the local mock.
            signal: AbortSignal.timeout(30_000),
          });
          expect(answer.status).toBe(interaction.status);
          expectMatchesSpec(interaction.api, "response", await answer.json());
        });
    });
  }

  it("contracts/ holds exactly what these interactions produce", () => {
    expectFreshContract(pactFileName(names), readFileSync(join(dir, pactFileName(names)), "utf8"));
  });
});
