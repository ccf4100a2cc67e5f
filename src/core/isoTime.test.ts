import { expiryAfter, isoDateTime } from "./isoTime";

describe("isoDateTime", () => {
  it.each([
    [480, "2023-09-18T09:47:51+08:00"],
    [0, "2023-09-18T01:47:51+00:00"],
    [-330, "2023-09-17T20:17:51-05:30"],
  ])("formats with offset %i minutes", (offset, want) => {
    expect(isoDateTime(new Date("2023-09-18T01:47:51.400Z"), offset)).toBe(want);
  });

  it("rounds an expiry up to the next whole second, never earlier than asked", () => {
    const now = new Date("2023-09-18T01:47:51.400Z");
    expect(expiryAfter(now, 1_500).toISOString()).toBe("2023-09-18T01:47:53.000Z");
    expect(expiryAfter(now, 600).toISOString()).toBe("2023-09-18T01:47:52.000Z");
  });
});
