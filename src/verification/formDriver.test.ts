import { emptyTrace, testConfig } from "../config/testing/testConfig";
import type { VerificationRequest } from "../core/engine";
import { AlipaySimulator } from "../simulator/AlipaySimulator";
import { formDriver } from "./formDriver";
import { describeDriverContract } from "./testing/driverContract";
import { type FixtureMpp, startFixtureMpp } from "./testing/fixtureMpp";

describeDriverContract("form", formDriver);

describe("form driver on pages real MPPs serve", () => {
  const { config: base } = testConfig();
  let fixture: FixtureMpp;
  let simulator: AlipaySimulator;
  let n = 0;
  beforeAll(async () => {
    fixture = await startFixtureMpp();
    simulator = await AlipaySimulator.start(base);
  });
  afterAll(async () => {
    await simulator.close();
    await fixture.close();
  });

  function verify(intended: VerificationRequest["intended"], options: Parameters<FixtureMpp["addPayment"]>[3]) {
    const paymentRequestId = `${Date.now()}${++n}`;
    const redirectBase = simulator.forTrace(emptyTrace()).redirectUrlFor(paymentRequestId);
    const paymentUrl = fixture.addPayment(`mpp-${paymentRequestId}`, redirectBase, "123456", options);
    const driver = formDriver({ ...base, verification: { ...base.verification, outboxUrl: fixture.outboxUrl } });
    const request = {
      step: "verification" as const,
      paymentRequestId,
      paymentId: `mpp-${paymentRequestId}`,
      paymentUrl,
      redirectBase,
      account: { userLoginId: "628", pin: "123456" },
      intended,
    };
    return { redirectBase, record: driver.verify(request) };
  }

  it.each([400, 401, 422])(
    "a wrong PIN or code shown again with HTTP %i is the page shown again, not a driver failure",
    async (status) => {
      const failed = await verify("fail", { wrongInputStatus: status }).record;
      expect(failed.error).toBeUndefined();
      expect(failed.landedAt).toMatch(/&status=fail$/);
      const resent = await verify("old-code-after-resend", { wrongInputStatus: status }).record;
      expect(resent.error).toBeUndefined();
      expect(resent.resend).toEqual({ requested: true, accepted: true, oldCodeRefused: true });
    },
  );

  it("follows a meta refresh to the redirect, as a browser does without script", async () => {
    const { redirectBase, record } = verify("success", { metaRefresh: true });
    const done = await record;
    expect(done.error).toBeUndefined();
    expect(done.landedAt).toBe(`${redirectBase}&status=success`);
  });

  it("a page that moves on by script is a driver limit said plainly, not the MPP keeping the user", async () => {
    const done = await verify("success", { scriptRedirect: true }).record;
    expect(done.landedAt).toBeUndefined();
    expect(done.error).toMatch(
      /^the page runs script the form driver cannot follow \(use the browser driver.*: Processing\.\.\.$/,
    );
  });
});
