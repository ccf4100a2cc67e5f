/**
 * `npm run reference-mpp -- [options]` (see cli/cliOptions.ts for the flags). Prints where it
 * listens; stops cleanly on SIGINT/SIGTERM. State survives kill -9 (SQLite), and pending
 * callbacks resume on the next start.
 */
import { mkdirSync, readFileSync } from "node:fs";
import { dirname } from "node:path";
import { CliError, type CliSettings, parseCli, usage } from "./cli/cliOptions";
import { ensureKeyDirectory, type KeyMaterial } from "./cli/keyFiles";
import { faultCatalogue } from "./faults";
import { startReferenceMpp } from "./startReferenceMpp";

function keysFor(settings: CliSettings): KeyMaterial {
  if (settings.alipayPublicKeyFile && settings.mppPrivateKeyFile) {
    return {
      alipayPublicKeyPem: readFileSync(settings.alipayPublicKeyFile, "utf8"),
      mppPrivateKeyPem: readFileSync(settings.mppPrivateKeyFile, "utf8"),
    };
  }
  return ensureKeyDirectory(settings.keysDir);
}

async function main(): Promise<void> {
  const command = parseCli(process.argv.slice(2), process.env, (path) => readFileSync(path, "utf8"));
  if (command.kind === "help") return void console.log(usage);
  if (command.kind === "list-faults") return void console.log(JSON.stringify(faultCatalogue, null, 2));
  const { settings } = command;
  const keys = keysFor(settings);
  if (settings.database !== ":memory:") mkdirSync(dirname(settings.database), { recursive: true });
  const mpp = await startReferenceMpp({
    host: settings.host,
    port: settings.port,
    clientId: settings.clientId,
    alipayPublicKeyPem: keys.alipayPublicKeyPem,
    mppPrivateKeyPem: keys.mppPrivateKeyPem,
    alipayBaseUrl: settings.alipayBaseUrl,
    database: settings.database,
    faults: settings.faults,
    timing: settings.timing,
    sandbox: settings.sandbox,
    pageStyle: settings.pageStyle,
  });
  console.log(`reference-mpp listening on ${mpp.baseUrl}`);
  console.log(`  pay             POST ${mpp.baseUrl}/aps/api/v1/payments/pay`);
  console.log(`  inquiryPayment  POST ${mpp.baseUrl}/aps/api/v1/payments/inquiryPayment`);
  console.log(
    `  callbacks to    ${settings.alipayBaseUrl}   Client-Id ${settings.clientId}   database ${settings.database}`,
  );
  if (settings.sandbox)
    console.log(
      `  sandbox         GET ${mpp.baseUrl}/sandbox/outbox?paymentId=...   POST ${mpp.baseUrl}/sandbox/verify`,
    );
  if (settings.faults.length > 0) console.log(`  faults          ${settings.faults.join(", ")}`);
  if (settings.pageStyle !== "current") console.log(`  page style      ${settings.pageStyle}`);
  if (keys.publicKeyFiles) {
    console.log(`  keys            generated in ${keys.publicKeyFiles.directory} (private keys stay there)`);
    console.log(
      `    Alipay+ public key (give Alipay+'s private half to the kit): ${keys.publicKeyFiles.alipayPublicKey}`,
    );
    console.log(`    MPP public key (the kit verifies answers with it):           ${keys.publicKeyFiles.mppPublicKey}`);
  }
  const stop = () => void mpp.close().then(() => process.exit(0));
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}

main().catch((error: unknown) => {
  console.error(
    error instanceof CliError
      ? error.message
      : `reference-mpp: ${error instanceof Error ? error.message : String(error)}`,
  );
  process.exit(error instanceof CliError ? 2 : 1);
});
