/** The spec's verdict on a callback body, in the shape Exchange.schema records. */
import { type CallbackOperation, validate } from "../../generated/validate";
import type { Exchange } from "../core/trace";

export function validateCallback(api: CallbackOperation, body: unknown): NonNullable<Exchange["schema"]> {
  const verdict = validate(api, "request", body);
  return verdict.valid ? { valid: true, errors: [] } : { valid: false, errors: verdict.errors };
}
