/**
 * The `manual` driver: a person completes the page. The kit prints the URL and what to do,
 * then waits (bounded by verification.timeoutMs) for the browser to reach the simulator's
 * result page, which is where the landing URL comes from.
 */
import type { KitConfig } from "../config";
import type { SimulatorControl, VerificationDriver, VerificationRequest } from "../core/engine";
import { checkPage } from "./checkPage";
import { verifyWithin } from "./verifyWithin";

const instructions: Record<VerificationRequest["intended"], string> = {
  success: "enter the right PIN and SMS code",
  fail: "enter a wrong PIN until the MPP gives up",
  "resend-then-success": "ask for a new SMS code, try the OLD code (it should be refused), then enter the new one",
  "old-code-after-resend": "ask for a new SMS code, try the OLD code (it should be refused), then enter the new one",
};

export function manualDriver(
  config: KitConfig,
  simulator: Pick<SimulatorControl, "waitForRedirect">,
  log: (line: string) => void = console.log,
): VerificationDriver {
  return {
    name: "manual",
    verify: (request) =>
      verifyWithin(config, request, "manual", async (record, signal) => {
        Object.assign(record, await checkPage(request.paymentUrl, signal));
        log(
          `[verification] ${request.step}: open ${request.paymentUrl} and ${instructions[request.intended]} (account ${request.account.userLoginId}); waiting up to ${Math.round(config.verification.timeoutMs / 1000)} s`,
        );
        // Bounded a little under the driver's deadline, so the record says which wait ran out.
        const landed = await simulator.waitForRedirect(
          request.paymentRequestId,
          Math.max(0, config.verification.timeoutMs - 100),
        );
        if (landed) record.landedAt = landed;
        else record.error = `nobody reached the Alipay+ result page within ${config.verification.timeoutMs} ms`;
        if (request.intended === "resend-then-success" || request.intended === "old-code-after-resend") {
          record.resend = {
            requested: true,
            accepted: Boolean(landed),
            problem: "done by a person: the kit cannot see whether the old code was refused",
          };
        }
      }),
    close: async () => undefined,
  };
}
