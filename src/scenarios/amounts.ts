/**
 * The two amounts of a pay request, kept apart on purpose: paymentAmount (what the user pays)
 * and payToAmount (what the MPP settles to Alipay+) differ in currency and value, as in the
 * facts' notifyPayment sample (JPY vs KRW), so an MPP that swaps or confuses them is seen.
 * Payments differ from each other too: each paymentRequestId adds its own step of 100 minor
 * units (0-9 steps, so an IDR amount still ends in 00), so a callback or inquiry that reports
 * another payment's amount is seen. A repeat of the same id gets the same amounts.
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

/** 0-9 steps of 100 minor units, fixed per paymentRequestId. */
export function stepsFor(paymentRequestId: string): number {
  let sum = 0;
  for (const char of paymentRequestId) sum = (sum * 31 + char.charCodeAt(0)) % 1_000_003;
  return sum % 10;
}

/** `value` raised by `steps` × 100, unless that would pass 16 digits. */
function raised(value: string, steps: number): string {
  if (!/^\d+$/.test(value)) return value;
  const result = (BigInt(value) + BigInt(steps) * 100n).toString();
  return result.length <= 16 ? result : value;
}

export function paymentAmountOf(order: KitConfig["order"], paymentRequestId: string): WireAmount {
  return { currency: order.currency, value: raised(order.value, stepsFor(paymentRequestId)) };
}

export function payToAmountOf(order: KitConfig["order"], paymentRequestId: string): WireAmount {
  const steps = stepsFor(paymentRequestId);
  return {
    currency: order.payToCurrency ?? otherCurrency(order.currency),
    value: order.payToValue !== undefined ? raised(order.payToValue, steps) : otherValue(raised(order.value, steps)),
  };
}
