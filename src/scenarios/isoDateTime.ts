/**
 * ISO 8601 with seconds and an explicit offset, the shape Alipay+ uses for date-times
 * (facts §3.7), e.g. "2023-09-18T09:47:51+08:00". Pure: the offset is a parameter.
 */
const pad = (n: number, width = 2) => String(Math.abs(n)).padStart(width, "0");

export function isoDateTime(date: Date, offsetMinutes = -date.getTimezoneOffset()): string {
  const shifted = new Date(date.getTime() + offsetMinutes * 60_000);
  const sign = offsetMinutes < 0 ? "-" : "+";
  const offset = `${sign}${pad(Math.trunc(offsetMinutes / 60))}:${pad(offsetMinutes % 60)}`;
  return (
    `${shifted.getUTCFullYear()}-${pad(shifted.getUTCMonth() + 1)}-${pad(shifted.getUTCDate())}` +
    `T${pad(shifted.getUTCHours())}:${pad(shifted.getUTCMinutes())}:${pad(shifted.getUTCSeconds())}${offset}`
  );
}

/**
 * A moment at least `ms` from `now`, rounded up to a whole second because the wire format
 * has no fraction: the order must not close earlier than the scenario intends.
 */
export function expiryAfter(now: Date, ms: number): Date {
  return new Date(Math.ceil((now.getTime() + ms) / 1000) * 1000);
}
