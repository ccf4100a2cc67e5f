/**
 * Alipay+ date-times: ISO 8601 with seconds and an explicit offset, e.g. "2023-09-18T09:47:51+08:00"
 * (docs/alipayplus). The one formatter and parser of the kit and of the reference MPP. Pure: the offset
 * is a parameter, the host's zone by default.
 */
const pad = (n: number, width = 2) => String(Math.trunc(Math.abs(n))).padStart(width, "0");

export function isoDateTime(at: Date | number = Date.now(), offsetMinutes?: number): string {
  const date = typeof at === "number" ? new Date(at) : at;
  const offsetMin = offsetMinutes ?? -date.getTimezoneOffset();
  const shifted = new Date(date.getTime() + offsetMin * 60_000);
  const sign = offsetMin < 0 ? "-" : "+";
  const offset = `${sign}${pad(offsetMin / 60)}:${pad(offsetMin % 60)}`;
  return (
    `${shifted.getUTCFullYear()}-${pad(shifted.getUTCMonth() + 1)}-${pad(shifted.getUTCDate())}` +
    `T${pad(shifted.getUTCHours())}:${pad(shifted.getUTCMinutes())}:${pad(shifted.getUTCSeconds())}${offset}`
  );
}

/** An ISO 8601 date-time with a time zone, in epoch ms; undefined when it is not one (a time without zone is ambiguous). */
export function parseIsoTime(value: unknown): number | undefined {
  if (typeof value !== "string" || !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/.test(value))
    return undefined;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? undefined : ms;
}

/**
 * A moment at least `ms` from `now`, rounded up to a whole second because the wire format
 * has no fraction: the order must not close earlier than the scenario intends.
 */
export function expiryAfter(now: Date, ms: number): Date {
  return new Date(Math.ceil((now.getTime() + ms) / 1000) * 1000);
}
