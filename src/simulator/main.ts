/**
 * `npm run simulator [-- --config kit.json] [--port 8787] [--host 127.0.0.1]`: the Alipay+
 * simulator alone, for an MPP developer sending notifyPayment/authNotify while they code.
 * Prints its URLs, logs one line per callback with its verdicts, and serves a control plane
 * (see controlPlane.ts). Without a config file, MPP_PUBLIC_KEY (a PEM path) is needed to judge
 * signatures, and a fresh kit key pair is made; its public half is printed for the MPP.
 */
import { generateKeyPairSync } from "node:crypto";
import { parseArgs } from "node:util";
import type { KitConfig } from "../config";
import { ConfigError } from "../config/ConfigError";
import { loadConfig } from "../config/loadConfig";
import { AlipaySimulator } from "./AlipaySimulator";
import { controlPlane } from "./controlPlane";
import { describeCallback } from "./describeCallback";
import { callbackPaths } from "./simulatorHandlers";

function standaloneBase(): Parameters<typeof loadConfig>[0] {
  const { privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  return {
    base: {
      // Only the simulator runs: no target is called, so placeholders stand in for it.
      target: {
        baseUrl: "http://127.0.0.1",
        clientId: process.env.MPP_CLIENT_ID ?? "SANDBOX_SIMULATOR",
        acquirerId: "ACQUIRER",
        pspId: "PSP",
      },
      kitPrivateKeyPem: privateKey.export({ type: "pkcs8", format: "pem" }) as string,
      accounts: { payable: { userLoginId: "unused", userLoginIdType: "EMAIL" }, rejected: [] },
    },
  };
}

function load(args: { config?: string; port?: string; host?: string }): KitConfig {
  const options = args.config ? { file: args.config } : standaloneBase();
  const config = loadConfig(options);
  return {
    ...config,
    simulator: {
      ...config.simulator,
      port: args.port !== undefined ? Number(args.port) : config.simulator.port || 8787,
      host: args.host ?? config.simulator.host,
    },
  };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { config: { type: "string" }, port: { type: "string" }, host: { type: "string" } },
  });
  const config = load(values);
  let simulator: AlipaySimulator | undefined;
  simulator = await AlipaySimulator.start(config, {
    extraHandlers: controlPlane(() => simulator!, config.timing.noAnswerMs ?? 6000),
    onAnswered: (exchange) => console.log(`${new Date().toISOString()} ${describeCallback(exchange)}`),
  });
  const base = simulator.baseUrl;
  console.log(`Alipay+ simulator listening at ${base}`);
  console.log(
    `  notifyPayment  POST ${base}${callbackPaths.notifyPayment}  (or ${base}/p/<paymentRequestId>${callbackPaths.notifyPayment})`,
  );
  console.log(`  authNotify     POST ${base}${callbackPaths.authNotify}`);
  console.log(`  result page    GET  ${base}/result/<paymentRequestId>?...`);
  console.log(`  control plane  POST ${base}/_control/script, GET ${base}/_control/received?paymentRequestId=...`);
  if (!values.config)
    console.log(`Kit (Alipay+) public key for your MPP to verify acknowledgements:\n${config.kitPublicKeyPem}`);
  const stop = () => void simulator!.close().then(() => process.exit(0));
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error);
  if (error instanceof ConfigError && !process.argv.includes("--config")) {
    console.error(
      "Give a config file (--config kit.json), or set MPP_PUBLIC_KEY to the path of your MPP's public key PEM.",
    );
  }
  process.exit(2);
});
