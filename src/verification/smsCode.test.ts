import { isNewSms } from "./smsCode";

test.each([
  { name: "the first SMS", latest: { code: "111111" }, before: undefined, want: true },
  { name: "another code", latest: { code: "222222" }, before: { code: "111111" }, want: true },
  {
    name: "the same code sent again (later sentAt)",
    latest: { code: "111111", sentAt: "2026-11-27T10:00:05Z" },
    before: { code: "111111", sentAt: "2026-11-27T10:00:00Z" },
    want: true,
  },
  {
    name: "the same SMS (same code, same sentAt)",
    latest: { code: "111111", sentAt: "2026-11-27T10:00:00Z" },
    before: { code: "111111", sentAt: "2026-11-27T10:00:00Z" },
    want: false,
  },
  { name: "the same code, no sentAt to tell", latest: { code: "111111" }, before: { code: "111111" }, want: false },
])("$name → new SMS: $want", ({ latest, before, want }) => expect(isNewSms(latest, before)).toBe(want));
