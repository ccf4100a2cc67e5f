/**
 * Provider states through an MPP's own state-change endpoint. The endpoint here is a stand-in
 * for an MPP's: a 127.0.0.1 server that reaches each state through the embedded reference
 * MPP's public API (the kit's own state handlers) and answers the injected values as JSON.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { contractsDir } from "../../src/contracts/names";
import { SigningMode } from "../../src/contracts/signingProxy";
import { stateHandlers } from "../../src/contracts/stateHandlers";
import type { StateName } from "../../src/contracts/states";
import { verifyContracts } from "../../src/contracts/verifyContracts";
import { openSession, type Session } from "../../src/run/openSession";

const pactFile = join(contractsDir, "AlipayPlus-EasyPayMPP.json");

function endpoint(session: Session, received: string[], failWith?: number): Promise<{ url: string; server: Server }> {
  const { handlers } = stateHandlers({
    config: session.config,
    simulator: session.simulator,
    verifier: session.verifier,
    signing: new SigningMode(),
  });
  const server = createServer((req, res) => {
    let body = "";
    req.on("data", (c: Buffer) => (body += c.toString("utf8")));
    req.on("end", () => {
      const { state, params } = JSON.parse(body) as { state: StateName; params: Record<string, unknown> };
      received.push(state);
      if (failWith) return void res.writeHead(failWith).end();
      handlers[state](params).then(
        (values) => res.writeHead(200, { "Content-Type": "application/json" }).end(JSON.stringify(values)),
        () => res.writeHead(500).end(),
      );
    });
  });
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () =>
      resolve({ url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/pact/states`, server }),
    ),
  );
}

async function verifyWithEndpoint(failWith?: number) {
  const session = await openSession({ embedded: true, flags: { driver: "form" } });
  const received: string[] = [];
  const { url, server } = await endpoint(session, received, failWith);
  try {
    return {
      verdict: await verifyContracts({ session, provider: "EasyPayMPP", pactFiles: [pactFile], stateChangeUrl: url }),
      received,
    };
  } finally {
    server.close();
    await session.close();
  }
}

it("verifies every interaction with states set up by the MPP's own endpoint", async () => {
  const { verdict, received } = await verifyWithEndpoint();
  expect({ failures: verdict.failures, error: verdict.error }).toEqual({ failures: [], error: undefined });
  expect(new Set(received)).toEqual(
    new Set([
      "a payable account",
      "an account that cannot pay",
      "an order in process",
      "a succeeded payment",
      "a failed payment",
      "no payment with the paymentRequestId",
      "a request whose signature does not verify",
    ]),
  );
});

it("names the state when the endpoint fails", async () => {
  const { verdict } = await verifyWithEndpoint(503);
  expect(verdict.passed).toBe(false);
  expect(verdict.failures).toContainEqual(
    expect.objectContaining({
      interaction: 'provider state "an order in process"',
      field: "provider state",
      received: expect.stringMatching(/answered HTTP 503/),
    }),
  );
});
