/** A complete KitConfig for scenario unit tests: the reference MPP's accounts, fast timing. */
import type { KitConfig } from "../../config";

export function testKitConfig(overrides: Partial<KitConfig> = {}): KitConfig {
  return {
    target: {
      baseUrl: "http://127.0.0.1:1",
      paths: { pay: "/aps/api/v1/payments/pay", inquiryPayment: "/aps/api/v1/payments/inquiryPayment" },
      clientId: "SANDBOX_KIT",
      acquirerId: "1022188000000000001",
      pspId: "1022160000000000000",
      mppPublicKeyPem: "",
    },
    kitPrivateKeyPem: "",
    kitPublicKeyPem: "",
    accounts: {
      payable: { userLoginId: "852-10000001", userLoginIdType: "MOBILE", pin: "123456" },
      rejected: [
        { userLoginId: "852-10000002", userLoginIdType: "MOBILE", expectCode: "USER_STATUS_ABNORMAL" },
        { userLoginId: "852-19999999", userLoginIdType: "MOBILE", expectCode: "USER_NOT_EXIST" },
      ],
    },
    order: { currency: "HKD", value: "1000", paymentMethodType: "ALIPAY_HK" },
    verification: { driver: "form", timeoutMs: 1_000, evidenceDir: "reports/evidence" },
    simulator: { host: "127.0.0.1", port: 0 },
    features: ["oneClickAuthorization", "paymentExpiry", "smsResend"],
    timing: {
      profile: "fast",
      payTimeoutMs: 8_000,
      inquiryTimeoutMs: 5_000,
      inquiryIntervalMs: 5,
      inquiryMaxAttempts: 4,
      callbackWaitMs: 50,
      noAnswerMs: 20,
    },
    reportsDir: "reports",
    ...overrides,
  };
}
