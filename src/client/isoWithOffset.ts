/** ISO 8601 with an explicit offset (facts §3.7), e.g. 2024-05-01T12:00:00+08:00, in the host's zone. */
const pad = (n: number) => String(Math.trunc(Math.abs(n))).padStart(2, "0");

export function isoWithOffset(ms: number = Date.now()): string {
  const d = new Date(ms);
  const offset = -d.getTimezoneOffset();
  const sign = offset >= 0 ? "+" : "-";
  return (
    `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}` +
    `T${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}` +
    `${sign}${pad(offset / 60)}:${pad(offset % 60)}`
  );
}
