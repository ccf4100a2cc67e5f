/**
 * The two amounts of a pay request, kept apart on purpose: paymentAmount (what the user pays)
 * and payToAmount (what the MPP settles to Alipay+) differ in currency and value, as in the
 * facts' notifyPayment sample (JPY vs KRW), so an MPP that swaps or confuses them is seen.
 */
import type { KitConfig } from "../config";

export interface WireAmount {
  currency: string;
  value: string;
}

/** Another currency than `currency`: KRW, or JPY when the payment is in KRW. */
export function otherCurrency(currency: string): string {
  return currency === "KRW" ? "JPY" : "KRW";
}

/** Another value than `value` with at most 16 digits: 13 times it, or its last digit changed. */
export function otherValue(value: string): string {
  const times = (BigInt(value) * 13n).toString();
  if (times.length <= 16) return times;
  const last = value.slice(-1);
  return `${value.slice(0, -1)}${last === "9" ? "8" : "9"}`;
}

export function paymentAmountOf(order: KitConfig["order"]): WireAmount {
  return { currency: order.currency, value: order.value };
}

export function payToAmountOf(order: KitConfig["order"]): WireAmount {
  return { currency: order.payToCurrency ?? otherCurrency(order.currency), value: order.payToValue ?? otherValue(order.value) };
}
