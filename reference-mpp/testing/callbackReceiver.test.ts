/** The test receiver's settle(): counts callbacks until a quiet gap, not within a fixed window. */

import { generatePemKeyPair } from "../pemKeyPair";
import { startCallbackReceiver } from "./callbackReceiver";

const keys = generatePemKeyPair();

it("settle() keeps counting while callbacks keep coming, and ignores other paths", async () => {
  const receiver = await startCallbackReceiver({
    alipayPrivateKeyPem: keys.privateKeyPem,
    mppPublicKeyPem: keys.publicKeyPem,
    clientId: "C",
  });
  try {
    const post = (path: string) =>
      fetch(`${receiver.baseUrl}${path}`, { method: "POST", body: "{}", signal: AbortSignal.timeout(5_000) }).then(
        (r) => r.text(),
      );
    // Five arrivals 150 ms apart: 600 ms in all, longer than the 500 ms quiet gap.
    const sending = (async () => {
      for (let i = 0; i < 5; i++) {
        await post("/counted");
        await post("/elsewhere");
        await new Promise((resolve) => setTimeout(resolve, 150));
      }
    })();
    const settled = await receiver.settle("/counted", 500);
    await sending;
    expect(settled).toHaveLength(5);
  } finally {
    await receiver.close();
  }
});
