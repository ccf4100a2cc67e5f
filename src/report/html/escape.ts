/**
 * The one way text gets into report.html: everything the target sent (bodies, headers, URLs,
 * page text) and everything the kit wrote goes through `esc`; markup is only ever built from
 * the kit's own literals.
 */
const entities: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
  "`": "&#96;",
};

export function esc(text: unknown): string {
  return (
    String(text)
      .replace(/[&<>"'`]/g, (c) => entities[c] ?? c)
      // NUL and other C0 controls render as nothing useful and can confuse parsers: show them.
      // biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point: they are replaced.
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, "\uFFFD")
  );
}

/** A fragment id from any text: only [A-Za-z0-9_-], so it is safe in id="" and href="#…". */
export function anchor(...parts: string[]): string {
  return parts.map((p) => p.replace(/[^A-Za-z0-9_-]/g, "_")).join("--");
}

/** A CSS class from an open verdict string ("not-testable" → "g-not-testable"). */
export const gradeClass = (grade: string): string => `g-${grade.replace(/[^a-z0-9-]/gi, "_").toLowerCase()}`;
