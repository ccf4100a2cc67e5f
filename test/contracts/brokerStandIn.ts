/**
 * A STAND-IN for the Pact Broker's HTTP API (not a broker: toolchain.md §3 — none can run on
 * these machines), on 127.0.0.1 with an ephemeral port. It keeps what was published and the
 * verification results, and answers just enough of the API for pact-cli's publish and
 * can-i-deploy and for the Pact verifier's fetch-and-publish-results, so the kit's broker
 * commands can be tested end to end. A wrong bearer token is answered 401.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface PublishedPact {
  consumer: string;
  provider: string;
  consumerVersion: string;
  branch?: string;
  /** The pact's bytes exactly as they arrived. */
  content: string;
}

export interface VerificationResult {
  consumer: string;
  provider: string;
  consumerVersion: string;
  providerVersion: string;
  success: boolean;
}

export interface BrokerStandIn {
  baseUrl: string;
  pacts: PublishedPact[];
  verifications: VerificationResult[];
  requests: string[];
  close(): Promise<void>;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { "Content-Type": "application/hal+json;charset=utf-8" });
  res.end(JSON.stringify(body));
}

export async function startBrokerStandIn(options: { token?: string } = {}): Promise<BrokerStandIn> {
  const pacts: PublishedPact[] = [];
  const verifications: VerificationResult[] = [];
  const requests: string[] = [];
  let base = "";
  const pactUrl = (p: PublishedPact) =>
    `${base}/pacts/provider/${encodeURIComponent(p.provider)}/consumer/${encodeURIComponent(p.consumer)}/version/${encodeURIComponent(p.consumerVersion)}`;

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", base);
    requests.push(`${req.method} ${url.pathname}${url.search}`);
    if (options.token && req.headers.authorization !== `Bearer ${options.token}`) {
      return json(res, 401, { error: "stand-in broker: authentication required (wrong or missing bearer token)" });
    }
    const body = req.method === "POST" || req.method === "PUT" ? await readBody(req) : "";
    const path = url.pathname;
    if (req.method === "GET" && path === "/") {
      return json(res, 200, {
        _links: {
          "pb:publish-contracts": { href: `${base}/contracts/publish` },
          "pb:provider-pacts-for-verification": {
            href: `${base}/pacts/provider/{provider}/for-verification`,
            templated: true,
          },
          "pb:pacticipant-branch-version": {
            href: `${base}/pacticipants/{pacticipant}/branches/{branch}/versions/{version}`,
            templated: true,
          },
          "pb:pacticipant-version": { href: `${base}/pacticipants/{pacticipant}/versions/{version}`, templated: true },
          "pb:pacticipant": { href: `${base}/pacticipants/{pacticipant}`, templated: true },
          "pb:matrix": { href: `${base}/matrix` },
        },
      });
    }
    if (req.method === "POST" && path === "/contracts/publish") {
      const sent = JSON.parse(body) as {
        pacticipantName: string;
        pacticipantVersionNumber: string;
        branch?: string;
        contracts: Array<{ providerName: string; content: string }>;
      };
      for (const c of sent.contracts) {
        const p = {
          consumer: sent.pacticipantName,
          provider: c.providerName,
          consumerVersion: sent.pacticipantVersionNumber,
          branch: sent.branch,
          content: Buffer.from(c.content, "base64").toString("utf8"),
        };
        pacts.push(p);
      }
      return json(res, 200, {
        notices: [{ type: "success", text: `stand-in broker: published ${sent.contracts.length} pact(s)` }],
        _embedded: {
          pacticipant: {
            name: sent.pacticipantName,
            _links: { self: { href: `${base}/pacticipants/${sent.pacticipantName}` } },
          },
          version: {
            number: sent.pacticipantVersionNumber,
            _links: {
              self: { href: `${base}/pacticipants/${sent.pacticipantName}/versions/${sent.pacticipantVersionNumber}` },
            },
          },
        },
        _links: { self: { href: `${base}/contracts/publish` } },
      });
    }
    const forVerification = /^\/pacts\/provider\/([^/]+)\/for-verification$/.exec(path);
    if (req.method === "GET" && forVerification)
      return json(res, 200, { _links: { self: { href: `${base}${path}` } } });
    if (req.method === "POST" && forVerification) {
      const provider = decodeURIComponent(forVerification[1]!);
      const latest = new Map<string, PublishedPact>();
      for (const p of pacts) if (p.provider === provider) latest.set(p.consumer, p);
      return json(res, 200, {
        _embedded: {
          pacts: [...latest.values()].map((p) => ({
            shortDescription: `latest of ${p.consumer}`,
            verificationProperties: { pending: false, notices: [] },
            _links: { self: { href: pactUrl(p), name: `Pact between ${p.consumer} and ${p.provider}` } },
          })),
        },
      });
    }
    const pactPath = /^\/pacts\/provider\/([^/]+)\/consumer\/([^/]+)\/version\/([^/]+)(\/verification-results)?$/.exec(
      path,
    );
    if (pactPath) {
      const [provider, consumer, consumerVersion] = pactPath.slice(1, 4).map((s) => decodeURIComponent(s!));
      const pact = [...pacts]
        .reverse()
        .find((p) => p.provider === provider && p.consumer === consumer && p.consumerVersion === consumerVersion);
      if (!pact) return json(res, 404, { error: "stand-in broker: no such pact" });
      if (req.method === "GET" && !pactPath[4]) {
        return json(res, 200, {
          ...JSON.parse(pact.content),
          _links: {
            self: { href: pactUrl(pact) },
            "pb:provider": { href: `${base}/pacticipants/${encodeURIComponent(pact.provider)}` },
            "pb:publish-verification-results": { href: `${pactUrl(pact)}/verification-results` },
          },
        });
      }
      if (req.method === "POST" && pactPath[4]) {
        const result = JSON.parse(body) as { success: boolean; providerApplicationVersion: string };
        verifications.push({
          consumer: pact.consumer,
          provider: pact.provider,
          consumerVersion: pact.consumerVersion,
          providerVersion: result.providerApplicationVersion,
          success: result.success,
        });
        return json(res, 201, { success: result.success, _links: {} });
      }
    }
    const pacticipant = /^\/pacticipants\/([^/]+)$/.exec(path);
    if (req.method === "GET" && pacticipant) {
      const self = `${base}${path}`;
      return json(res, 200, {
        name: decodeURIComponent(pacticipant[1]!),
        _links: {
          self: { href: self },
          "pb:branch-version": { href: `${self}/branches/{branch}/versions/{version}`, templated: true },
          "pb:version-tag": { href: `${self}/versions/{version}/tags/{tag}`, templated: true },
        },
      });
    }
    if (req.method === "PUT" && path.startsWith("/pacticipants/"))
      return json(res, 200, { _links: { self: { href: `${base}${path}` } } });
    if (req.method === "GET" && path === "/matrix") return json(res, 200, matrix(url.searchParams));
    return json(res, 404, { error: `stand-in broker: ${req.method} ${path} is not part of the stand-in` });
  }

  /** can-i-deploy's question: every verification involving this pacticipant version passed, and there is at least one. */
  function matrix(query: URLSearchParams) {
    const pacticipant = query.get("q[][pacticipant]") ?? "";
    const version = query.get("q[][version]") ?? "";
    const rows = verifications.filter(
      (v) =>
        (v.provider === pacticipant && v.providerVersion === version) ||
        (v.consumer === pacticipant && v.consumerVersion === version),
    );
    const failed = rows.filter((r) => !r.success).length;
    const deployable = rows.length > 0 && failed === 0;
    const reason =
      rows.length === 0
        ? "No verification results for this version (stand-in)"
        : deployable
          ? "All required verification results are published and successful"
          : "One or more verifications failed";
    return {
      summary: { deployable, reason, success: rows.length - failed, failed, unknown: 0 },
      matrix: rows.map((r) => ({
        consumer: { name: r.consumer, version: { number: r.consumerVersion } },
        provider: { name: r.provider, version: { number: r.providerVersion } },
        verificationResult: { success: r.success, _links: {} },
        pact: { createdAt: new Date().toISOString() },
      })),
      notices: [{ type: deployable ? "success" : "error", text: reason }],
    };
  }

  const server: Server = createServer((req, res) => {
    handle(req, res).catch((error: Error) => json(res, 500, { error: `stand-in broker: ${error.message}` }));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    baseUrl: base,
    pacts,
    verifications,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
