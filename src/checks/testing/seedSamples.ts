/**
 * The seed's own samples (slips included), read from spec/examples/ where they are kept
 * verbatim, so check tests and spec lint judge the very same bytes. Only for tests.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";

const example = (file: string): Record<string, unknown> =>
  JSON.parse(readFileSync(join(__dirname, "../../../spec/examples", file), "utf8")) as Record<string, unknown>;

export const seed = {
  /** Step 1 response: the legacy resultInfo envelope. */
  evaluationResponse: example("pay-evaluation.seed-response.json"),
  /** Step 2 response: resultStatus "u". */
  orderResponse: example("pay-order.seed-response.json"),
  /** Step 5 request: no authorizationNotifyType, no referenceAgreementId. */
  authNotifyRequest: example("authnotify.seed-request.json"),
  /** The example redirect URL of step 3 (without the status the MPP adds). */
  redirectBase:
    "https://ac.alipay.com/page/antom-web-checkout/src/component-app/doubleFA/index.html?paymentSessionData=n5xHy7LlExD8%2BaNKekkKwPm%2FotYQ3UjTXDoh5tlj4R8QajYr0lNjqv%2B%2FOkMs4QLvfHFwC9QkDRio2sX34SSATg%3D%3D%26%26SG%26%26188&ps=EASY_PAY&pmct=WALLET&psv=2.0&app=app&en_US=en_US",
};
