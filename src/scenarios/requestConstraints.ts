/**
 * The constraints of the pay and inquiryPayment request schemas, read from the generated
 * schemaInfo and turned into the dotted paths invalidRequests works with.
 */
import { schemaInfo } from "../../generated/schemaInfo";
import type { MppOperation } from "../../generated/validate";
import type { RequestConstraints } from "./invalidRequests";

const dotted = (jsonPath: string) => jsonPath.replace(/^\$\./, "");

export function requestConstraints(api: MppOperation): RequestConstraints {
  const info = schemaInfo[api];
  return {
    // Only fields every valid request has: a conditional one may legitimately be absent.
    required: info.required.filter((entry) => entry.always).map((entry) => dotted(entry.path)),
    maxLength: info.maxLength.map((entry) => ({ path: dotted(entry.path), maxLength: entry.maxLength })),
    enums: info.enums.map((entry) => ({ path: dotted(entry.path), values: entry.values })),
    strings: info.strings.map(dotted),
  };
}
