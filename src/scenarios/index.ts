/** Every scenario of a conformance run, in catalogue order (catalogue.ts). */

import { callbackRetries } from "./callbackRetries";
import { evaluationIdReuse } from "./evaluationIdReuse";
import { evaluationRejected } from "./evaluationRejected";
import { expiry } from "./expiry";
import { happyPath } from "./happyPath";
import { idempotency } from "./idempotency";
import { inquiryScoping } from "./inquiryScoping";
import { invalidInput } from "./invalidInput";
import { oneClick } from "./oneClick";
import type { Scenario } from "./scenario";
import { signatures } from "./signatures";
import { smsResend } from "./smsResend";
import { verificationFailed } from "./verificationFailed";

export type { Scenario } from "./scenario";

export const allScenarios: readonly Scenario[] = [
  happyPath,
  oneClick,
  verificationFailed,
  evaluationRejected,
  evaluationIdReuse,
  idempotency,
  signatures,
  invalidInput,
  inquiryScoping,
  expiry,
  smsResend,
  callbackRetries,
];
