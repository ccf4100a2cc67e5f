/**
 * Verifies a callback pact (consumer = an MPP, provider AlipayPlus) against the kit's Alipay+
 * simulator: Pact replays each callback, the simulator answers as Alipay+ does and judges the
 * body against spec/alipayplus.yaml and the signature with the MPP's public key. Anything the
 * simulator finds wrong fails the interaction, naming the field.
 */
import { readFileSync } from "node:fs";
import { Verifier } from "@pact-foundation/pact";
import type { KitConfig } from "../config";
import type { Exchange } from "../core/trace";
import { AlipaySimulator } from "../simulator/AlipaySimulator";
import { canonicalJson } from "./canonicalJson";
import { type ContractFailure, failuresOf } from "./verificationFailures";
import type { ContractVerdict } from "./verifyContracts";

interface CallbackPact {
  provider: { name: string };
  interactions: Array<{ description: string; request: { body?: { content?: unknown } } }>;
}

type ProxiedRequest = { body?: unknown; headers: Record<string, string | string[] | undefined> };

/** The pact's bytes as the example was signed over them (canonicalJson.ts). */
function canonicalBody(req: ProxiedRequest, _res: unknown, next: () => void): void {
  if (req.body !== undefined && !Buffer.isBuffer(req.body)) {
    const bytes = Buffer.from(canonicalJson(req.body), "utf8");
    req.body = bytes;
    req.headers["content-length"] = String(bytes.length);
  }
  next();
}

function simulatorFailures(exchanges: readonly Exchange[], pact: CallbackPact): ContractFailure[] {
  const described = (x: Exchange) =>
    pact.interactions.find((i) => canonicalJson(i.request.body?.content) === canonicalJson(x.request.json))
      ?.description ?? `${x.api ?? "callback"} ${x.url}`;
  return exchanges.flatMap((x) => {
    const interaction = described(x);
    const schema = (x.schema?.errors ?? []).map((e) => ({
      interaction,
      field: e.path,
      expected: `valid per spec/alipayplus.yaml (${x.api} request)`,
      received: e.message,
      detail: "judged by the Alipay+ simulator",
    }));
    const signature =
      x.signature && !x.signature.valid
        ? [
            {
              interaction,
              field: "header Signature",
              expected: "a signature that verifies with the MPP's public key",
              received: x.signature.problem ?? "invalid",
              detail: "judged by the Alipay+ simulator",
            },
          ]
        : [];
    return [...schema, ...signature];
  });
}

export async function verifyCallbacks(pactFile: string, config: KitConfig): Promise<ContractVerdict> {
  const pact = JSON.parse(readFileSync(pactFile, "utf8")) as CallbackPact;
  const simulator = await AlipaySimulator.start(config);
  const startedAt = Date.now();
  try {
    const verifier = new Verifier({
      provider: pact.provider.name,
      providerBaseUrl: simulator.baseUrl,
      pactUrls: [pactFile],
      logLevel: "error",
      requestFilter: canonicalBody as never,
    });
    let pactFailures: ContractFailure[] = [];
    let error: string | undefined;
    try {
      await verifier.verifyProvider();
    } catch (e) {
      const message = (e as Error).message ?? String(e);
      pactFailures = failuresOf(message);
      if (!pactFailures.length) error = message;
    }
    const failures = [...simulatorFailures(simulator.registry.unclaimed, pact), ...pactFailures];
    return {
      passed: failures.length === 0 && !error,
      failures,
      ...(error ? { error } : {}),
      durationMs: Date.now() - startedAt,
    };
  } finally {
    await simulator.close();
  }
}
