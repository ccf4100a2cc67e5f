/** The `form` driver: the verification page completed without a browser (see FormSession). */
import type { KitConfig } from "../config";
import type { VerificationDriver } from "../core/engine";
import { FormSession } from "./FormSession";
import { runVerification } from "./runVerification";
import { verifyWithin } from "./verifyWithin";

export function formDriver(config: KitConfig): VerificationDriver {
  return {
    name: "form",
    verify: (request) =>
      verifyWithin(config, request, "form", (record, signal) =>
        runVerification({ config, request, session: new FormSession(config, request, signal), signal }, record),
      ),
    close: async () => undefined,
  };
}
