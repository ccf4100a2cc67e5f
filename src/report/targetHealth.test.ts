import { trace } from "../checks/testing/traceBuilder";
import type { Exchange } from "../core/trace";
import { targetHealth } from "./targetHealth";

const refused = (id: string): Exchange => ({
  id,
  step: "order",
  direction: "to-mpp",
  api: "pay",
  method: "POST",
  url: "http://127.0.0.1:9/aps/api/v1/payments/pay",
  startedAt: 0,
  durationMs: 1,
  request: { headers: {}, body: "{}" },
  error: { kind: "refused", message: "connect ECONNREFUSED 127.0.0.1:9" },
});

test("says plainly when the target never answered", () => {
  expect(targetHealth([trace("happy-path", [refused("x1"), refused("x2")])])).toMatch(
    /^The target never answered: all 2 calls failed \(2 refused\).*127\.0\.0\.1:9/,
  );
});

test("says nothing when every call was answered", () => {
  expect(targetHealth([trace("happy-path", [])])).toBeUndefined();
});
