/**
 * The kit's Alipay+: a real HTTP server (msw handlers served by @mswjs/http-middleware) that
 * receives the MPP's notifyPayment / authNotify callbacks and the verification redirect,
 * records them and answers as scripted.
 *
 * Routing callbacks to scenarios: `forTrace(trace)` gives a scenario its SimulatorControl;
 * every payment it touches through that control (notifyUrlFor, redirectUrlFor, script,
 * received, waitFor, waitForRedirect) is registered to its trace, and that payment's callbacks
 * are appended to the trace as they arrive, including any that came before the registration.
 * `register(paymentRequestId, trace)` does the same explicitly (e.g. for an evaluation's id,
 * which must never be called back). Callbacks for ids nobody registered stay in `unclaimed`.
 */
import { createPrivateKey, createPublicKey } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { createServer as createMswApp } from "@mswjs/http-middleware";
import type { RequestHandler } from "msw";
import type { CallbackOperation, Operation } from "../../generated/validate";
import type { KitConfig } from "../config";
import type { CallbackAnswer, SimulatorControl } from "../core/engine";
import type { Exchange, Trace } from "../core/trace";
import { CallbackRegistry } from "./CallbackRegistry";
import { CallbackScript } from "./CallbackScript";
import { rawRequestScope, readCappedBody } from "./rawRequest";
import type { SimulatorCore } from "./receiveCallback";
import { resultPath } from "./resultPage";
import { callbackPaths, simulatorHandlers } from "./simulatorHandlers";

export interface SimulatorOptions {
  /** Handlers tried before the simulator's own (the standalone control plane). */
  extraHandlers?: RequestHandler[];
  /** Told of each callback once answered. */
  onAnswered?(exchange: Exchange): void;
}

type Listener = (req: IncomingMessage, res: ServerResponse) => void;

export class AlipaySimulator {
  readonly registry = new CallbackRegistry();
  private readonly answers = new CallbackScript();
  private readonly silences = new Set<() => void>();

  private constructor(
    private readonly server: Server,
    /** Where the MPP reaches the simulator. */
    readonly baseUrl: string,
  ) {}

  static async start(config: KitConfig, options: SimulatorOptions = {}): Promise<AlipaySimulator> {
    let simulator: AlipaySimulator | undefined;
    const core: SimulatorCore = {
      config,
      kitKey: createPrivateKey(config.kitPrivateKeyPem),
      mppKey: createPublicKey(config.target.mppPublicKeyPem),
      get registry() {
        return simulator!.registry;
      },
      get script() {
        return simulator!.answers;
      },
      get silences() {
        return simulator!.silences;
      },
      baseUrl: () => simulator!.baseUrl,
      onAnswered: options.onAnswered,
    };
    const app = createMswApp(...(options.extraHandlers ?? []), ...simulatorHandlers(core)) as unknown as Listener;
    const server = createServer((req, res) => {
      const receivedAt = Date.now();
      void readCappedBody(req).then(({ raw, tooLarge }) =>
        rawRequestScope.run({ req, res, raw, tooLarge, originalUrl: req.url ?? "/", receivedAt }, () => app(req, res)),
      );
    });
    // A peer that trickles its request forever must not hold a socket forever (the body read has no other bound).
    server.requestTimeout = 30_000;
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(config.simulator.port, config.simulator.host, () => resolve());
    });
    const { port } = server.address() as AddressInfo;
    const host =
      config.simulator.host === "0.0.0.0" || config.simulator.host === "::" ? "127.0.0.1" : config.simulator.host;
    simulator = new AlipaySimulator(
      server,
      (config.simulator.publicUrl ?? `http://${host}:${port}`).replace(/\/+$/, ""),
    );
    return simulator;
  }

  register(paymentRequestId: string, trace: Trace): void {
    this.registry.register(paymentRequestId, trace);
  }

  /** Callbacks nobody claimed: unknown or missing paymentRequestId. */
  get unclaimed(): Exchange[] {
    return this.registry.unclaimed;
  }

  notifyUrlFor(paymentRequestId: string): string {
    return `${this.baseUrl}/p/${encodeURIComponent(paymentRequestId)}${callbackPaths.notifyPayment}`;
  }

  redirectUrlFor(paymentRequestId: string): string {
    return this.baseUrl + resultPath(paymentRequestId);
  }

  script(paymentRequestId: string, api: CallbackOperation, answers: CallbackAnswer[]): void {
    this.answers.set(paymentRequestId, api, answers);
  }

  /** A SimulatorControl whose payments belong to `trace` (see the file comment). */
  forTrace(trace: Trace): SimulatorControl {
    /** Registers the payment as the trace's and gives its id back. */
    const own = (id: string) => {
      this.register(id, trace);
      return id;
    };
    return {
      baseUrl: this.baseUrl,
      notifyUrlFor: (id) => this.notifyUrlFor(own(id)),
      redirectUrlFor: (id) => this.redirectUrlFor(own(id)),
      script: (id, api, answers) => this.answers.set(own(id), api, answers),
      received: (id, api?: Operation) => this.registry.received(own(id), api),
      waitFor: (id, api, count, timeoutMs) => this.registry.waitFor(own(id), api, count, timeoutMs),
      waitForRedirect: (id, timeoutMs) => this.registry.waitForRedirect(own(id), timeoutMs),
    };
  }

  /** Ends silences, releases waits and stops the server (open connections included). */
  async close(): Promise<void> {
    for (const end of [...this.silences]) end();
    this.registry.close();
    await new Promise<void>((resolve) => {
      this.server.close(() => resolve());
      this.server.closeAllConnections();
    });
  }
}
