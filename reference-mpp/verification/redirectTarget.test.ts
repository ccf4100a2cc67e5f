import { FaultSet } from "../faults";
import { appendQueryParameter, redirectTarget } from "./redirectTarget";

const seed =
  "https://ac.alipay.com/page/antom-web-checkout/src/component-app/doubleFA/index.html?paymentSessionData=n5xHy7LlExD8%2BaNKekkKwPm%2FotYQ3UjTXDoh5tlj4R8QajYr0lNjqv%2B%2FOkMs4QLvfHFwC9QkDRio2sX34SSATg%3D%3D%26%26SG%26%26188&ps=EASY_PAY&pmct=WALLET&psv=2.0&app=app&en_US=en_US";

describe("appendQueryParameter", () => {
  it.each([
    [seed, `${seed}&status=success`],
    ["https://x.test/r", "https://x.test/r?status=success"],
    ["https://x.test/r?", "https://x.test/r?status=success"],
    ["https://x.test/r?a=1&", "https://x.test/r?a=1&status=success"],
    ["https://x.test/r?a=%2B#frag?x", "https://x.test/r?a=%2B&status=success#frag?x"],
  ])("%s", (base, expected) => {
    expect(appendQueryParameter(base, "status", "success")).toBe(expected);
  });
});

describe("redirectTarget", () => {
  it("keeps the seed's encoded query byte for byte and adds the outcome", () => {
    expect(redirectTarget(seed, "fail", new FaultSet())).toBe(`${seed}&status=fail`);
  });

  it.each([
    ["redirect-without-status", seed],
    [
      "redirect-drops-query",
      "https://ac.alipay.com/page/antom-web-checkout/src/component-app/doubleFA/index.html?status=fail",
    ],
    ["redirect-always-success", `${seed}&status=success`],
  ])("under %s", (fault, expected) => {
    expect(redirectTarget(seed, "fail", new FaultSet([fault]))).toBe(expected);
  });
});
