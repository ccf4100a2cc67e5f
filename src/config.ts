/**
 * The kit's configuration, as the rest of the kit sees it after loading and validation.
 * (Loading from file + env + flags, the JSON Schema and the error listing live in src/config/.)
 */
import type { Feature } from "../generated/rules";

export interface AccountConfig {
  userLoginId: string;
  userLoginIdType: string;
  /** The PIN the user types on the verification page. */
  pin?: string;
  /** A fixed SMS code (sandbox MPPs often have one); otherwise it is read from the outbox. */
  smsCode?: string;
}

export interface RejectedAccountConfig extends AccountConfig {
  /** The result code the MPP is expected to answer in the evaluation, e.g. USER_NOT_EXIST. */
  expectCode: string;
}

export interface BrowserStep {
  /** Only run this step when the page URL matches this regular expression. */
  matchUrl?: string;
  action: "fill" | "click" | "wait";
  selector?: string;
  /** For fill: a literal, or "{pin}" / "{smsCode}" / "{userLoginId}". */
  value?: string;
  timeoutMs?: number;
  /** For click: whether the click submits/navigates, so the driver waits for the navigation (default true). */
  expectNavigation?: boolean;
  /** Skip the step when its selector matches nothing on the page (one list serving two pages). */
  optional?: boolean;
}

export interface KitConfig {
  target: {
    baseUrl: string;
    paths: { pay: string; inquiryPayment: string };
    /** Client-Id the kit sends as Alipay+ and expects on the MPP's responses and callbacks. */
    clientId: string;
    acquirerId: string;
    pspId: string;
    /** PEM of the MPP's public key (verifies its responses and callbacks). */
    mppPublicKeyPem: string;
    /** Pact verification only: the MPP's own provider-state endpoint, if it prefers one to its public API. */
    stateChangeUrl?: string;
  };
  /** PEM of the kit's (Alipay+'s) private key: signs requests and acknowledgements. */
  kitPrivateKeyPem: string;
  /** PEM of the kit's public key, handed to the MPP under test. */
  kitPublicKeyPem: string;
  accounts: {
    payable: AccountConfig;
    /** One per rejection the MPP supports. */
    rejected: RejectedAccountConfig[];
  };
  order: {
    currency: string;
    value: string;
    paymentMethodType: string;
    /**
     * payToAmount, the amount the MPP settles to Alipay+: another currency and value than
     * paymentAmount (as in the facts' notify sample, JPY vs KRW) so a mix-up shows. Derived from
     * paymentAmount when absent (scenarios/amounts.ts).
     */
    payToCurrency?: string;
    payToValue?: string;
  };
  verification: {
    driver: "browser" | "form" | "http" | "manual";
    /** browser driver: the steps to complete the page (OpenID-suite style). */
    steps?: BrowserStep[];
    /** Where SMS codes come from when accounts give none: the MPP's sandbox outbox URL template. */
    outboxUrl?: string;
    /** http driver: the MPP's test hook URL. */
    hookUrl?: string;
    chromiumPath?: string;
    /** Bound on one verification, including a manual one. */
    timeoutMs: number;
    /** Where screenshots are written. */
    evidenceDir: string;
    /** form/browser drivers: the page's field names (defaults "pin" and "smsCode"). */
    pinField?: string;
    smsCodeField?: string;
    /** browser driver: what to click to ask for a new SMS code (default: the control pageModel finds). */
    resendSelector?: string;
    /** browser driver: steps that make the page send the first code (e.g. click "Send code"), run before the outbox is read. */
    sendCodeSteps?: BrowserStep[];
    /** browser driver: steps that ask for a new code (overrides resendSelector). */
    resendSteps?: BrowserStep[];
    /**
     * form/browser drivers: regular expressions (case-insensitive) over a control's text, value,
     * name, id or aria-label, for pages the built-in heuristics misread.
     */
    controls?: { sendCode?: string; resend?: string; submit?: string };
    /** Bound on submissions in one verification (wrong-PIN retries, redirects followed). */
    maxAttempts?: number;
  };
  simulator: {
    host: string;
    /** 0 picks an ephemeral port. */
    port: number;
    /** The URL the MPP reaches the simulator at (defaults to the bound address). */
    publicUrl?: string;
  };
  features: Feature[];
  timing: {
    profile: "seed" | "fast";
    payTimeoutMs: number;
    inquiryTimeoutMs: number;
    inquiryIntervalMs: number;
    inquiryMaxAttempts: number;
    /** How long to wait for a callback that must come (and to be sure one that must not, does not). */
    callbackWaitMs: number;
    /**
     * How long the MPP waits for Alipay+'s answer to a callback before it gives up (docs/alipayplus/apis-and-timeouts.md#timeouts:
     * 5 s). Declared by the user; the scripted no-answer silence is derived from it.
     */
    mppCallbackTimeoutMs?: number;
    /**
     * How long the simulator stays silent for a "no-answer" callback; must exceed the MPP's
     * callback timeout, so the case tests a missing answer, not a closed connection. Always
     * filled by the loader (optional only so hand-made configs compile).
     */
    noAnswerMs?: number;
  };
  reportsDir: string;
}
