/**
 * The reference MPP's users. The values are a contract: the kit's embedded configuration
 * points its payable and rejected accounts at exactly these.
 */
export type AccountStanding =
  | "payable"
  | "USER_STATUS_ABNORMAL"
  | "USER_BALANCE_NOT_ENOUGH"
  | "USER_KYC_NOT_QUALIFIED"
  /** The evaluation cannot tell (answered U); an order for it still goes to verification. */
  | "unknown";

export interface ReferenceAccount {
  userLoginId: string;
  userLoginIdType: "MOBILE";
  paymentMethodId: string;
  customerId: string;
  pin: string;
  standing: AccountStanding;
}

function account(n: number, standing: AccountStanding): ReferenceAccount {
  return {
    userLoginId: `852-1000000${n}`,
    userLoginIdType: "MOBILE",
    paymentMethodId: `pm-1000000${n}`,
    customerId: `216022000000000${n}`,
    pin: "123456",
    standing,
  };
}

export const referenceAccounts = {
  payable: account(1, "payable"),
  frozen: account(2, "USER_STATUS_ABNORMAL"),
  poor: account(3, "USER_BALANCE_NOT_ENOUGH"),
  kycFailed: account(4, "USER_KYC_NOT_QUALIFIED"),
  unknownCheck: account(5, "unknown"),
  /** Not a user: any id that is not above is answered USER_NOT_EXIST. */
  missingUserLoginId: "852-19999999",
} as const;

const all: readonly ReferenceAccount[] = [
  referenceAccounts.payable,
  referenceAccounts.frozen,
  referenceAccounts.poor,
  referenceAccounts.kycFailed,
  referenceAccounts.unknownCheck,
];

export interface AccountKeys {
  paymentMethodId?: string | null;
  userLoginId?: string | null;
}

/**
 * Finds the account as the seed says (step 1): by paymentMethodId, or by userLoginId when the id
 * is absent or empty. `byIdOnly` is the evaluation-ignores-login-id fault.
 */
export function findAccount(keys: AccountKeys, byIdOnly = false): ReferenceAccount | undefined {
  if (keys.paymentMethodId) return all.find((a) => a.paymentMethodId === keys.paymentMethodId);
  if (byIdOnly || !keys.userLoginId) return undefined;
  return all.find((a) => a.userLoginId === keys.userLoginId);
}
