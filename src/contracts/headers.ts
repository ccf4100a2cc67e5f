/**
 * Header templates of the Easy Pay contract (docs/alipayplus/messages-and-signatures.md#signatures): what Alipay+ sends and what a signed
 * MPP answer carries. Values are per run, so only their shape is contracted; the verifier
 * replaces the request's with real ones (signingProxy.ts) and checks the answer's signature.
 */
import { MatchersV3 } from "@pact-foundation/pact";

const { regex } = MatchersV3;

const isoTime = "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:?\\d{2})$";
const signatureHeader = "^algorithm=RSA256,\\s*keyVersion=\\d+,\\s*signature=\\S+$";
const exampleSignature =
  "algorithm=RSA256, keyVersion=1, signature=KrwDE9tAPJYBb4cUZU6ALJxGIZgwDXn5UkFPMip09n%2FkYKPhEIII%2Fki2rYY2lPtuKVgMNz%2BtuCU%2FjzRpohDbrOd8zYriiukpGAxBQDIVbatGI7WYOcc9YVQwdCR6ROuRQvr%2FD1AfdhHd6waAASu5Xugow9w1OW7Ti93LTd0tcyEWQYd2S7c3A73sHOJNYl8DC1PjasiBozZ%2FADgb7ONsqHo%2B8fKHsLygX9cuMkQYTGIRBQsvfgICnJhh%2BzXV8AQoecJBTrv6p%2Bj8ZmX8oJyXL8xDH%2F3IBdcQkDpyY2cM2vXiM2yiijgMFQXwHuy2kSWfc0w5dcBbPCFuVxUi8g%3D%3D";

export const requestHeaders = {
  "Content-Type": "application/json; charset=UTF-8",
  "Client-Id": regex("^\\S+$", "SANDBOX_EASYPAY_KIT"),
  "Request-Time": regex(isoTime, "2026-12-02T08:00:00+08:00"),
  Signature: regex(signatureHeader, exampleSignature),
};

/** Content-Type is left to the JSON body matching: MPPs spell its parameters differently. */
export function responseHeaders(signed: boolean): Record<string, ReturnType<typeof regex>> {
  return signed
    ? {
        "Response-Time": regex(isoTime, "2026-12-02T08:00:01+08:00"),
        Signature: regex(signatureHeader, exampleSignature),
      }
    : {};
}
