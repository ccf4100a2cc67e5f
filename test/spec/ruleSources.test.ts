// Every rule's source cites an anchored section of docs/ that exists, so a reader of the repo can
// follow it; no source points at notes outside the repo ("facts §…", "DESIGN.md"). The pages'
// own links and the map from the old citations resolve too; docs/rules.md finds each rule's check.
import { readdirSync, readFileSync } from "node:fs";
import { join, normalize } from "node:path";
import { parse } from "yaml";
import { anchorsIn, brokenLinks, docLinksIn, repoFileReader } from "../../scripts/codegen/docLinks";
import { checkFilesOf, renderRulesDoc } from "../../scripts/codegen/rulesDoc";

const root = join(__dirname, "../..");
const read = repoFileReader(root);
const { rules } = parse(readFileSync(join(root, "spec/rules.yaml"), "utf8")) as {
  rules: { id: string; source: string; levelReason: string }[];
};

it.each(rules.map((r) => [r.id, r.source]))("%s: every link of its source resolves", (id, source) => {
  expect({ rule: id, broken: brokenLinks(source, read) }).toEqual({ rule: id, broken: [] });
});

it("the links a levelReason gives resolve too", () => {
  const broken = rules.flatMap((r) =>
    docLinksIn(r.levelReason).length > 0 ? brokenLinks(r.levelReason, read).map((p) => `${r.id}: ${p}`) : [],
  );
  expect(broken).toEqual([]);
});

it("no source or levelReason cites notes that are not in the repo", () => {
  const outside = rules.flatMap((r) => [
    ...(/facts §|DESIGN\.md|alipayplus-facts|seed steps? \d/i.test(r.source) ? [`${r.id} source: ${r.source}`] : []),
    ...(/facts §|DESIGN\.md|alipayplus-facts/i.test(r.levelReason) ? [`${r.id} levelReason: ${r.levelReason}`] : []),
  ]);
  expect(outside).toEqual([]);
});

describe("the link check", () => {
  const pages: Record<string, string> = { "docs/a.md": '<a id="here"></a>\n## Here\n\n## Not an anchor\n' };
  const fake = (path: string) => pages[path];

  it("passes a link whose page and anchor exist", () => {
    expect(brokenLinks('docs/a.md#here ("a quote"); spec/mpp.yaml', fake)).toEqual([]);
  });

  it.each([
    ["docs/a.md#gone", 'docs/a.md#gone: docs/a.md has no <a id="gone"></a>'],
    ["docs/a.md#not-an-anchor", 'docs/a.md#not-an-anchor: docs/a.md has no <a id="not-an-anchor"></a>'],
    ["docs/b.md#here", "docs/b.md#here: no file docs/b.md"],
    ["facts §6.3", 'cites no docs/<page>.md#<anchor> link: "facts §6.3"'],
    ["docs/a.md (no anchor)", 'cites no docs/<page>.md#<anchor> link: "docs/a.md (no anchor)"'],
  ])("names the broken link in %s", (source, problem) => {
    expect(brokenLinks(source, fake)).toEqual([problem]);
  });

  it("reports each broken link of a source, not only the first", () => {
    expect(brokenLinks("docs/a.md#here; docs/a.md#x; docs/c.md#y", fake)).toHaveLength(2);
  });

  it("reads every link of a source, with the quote left out", () => {
    expect(docLinksIn('docs/alipayplus/pay.md#pay-result-codes ("codes"); docs/x/y.md#z-1').map((l) => l.link)).toEqual(
      ["docs/alipayplus/pay.md#pay-result-codes", "docs/x/y.md#z-1"],
    );
  });

  it("finds the anchors of the real pages", () => {
    expect(anchorsIn(read("docs/alipayplus/pay.md") ?? "").has("pay-result-codes")).toBe(true);
  });
});

describe("docs/alipayplus", () => {
  const dir = "docs/alipayplus";
  const pageFiles = readdirSync(join(root, dir)).filter((f) => f.endsWith(".md"));

  it.each(pageFiles)("%s: its relative links reach files and anchors that exist", (file) => {
    const text = read(`${dir}/${file}`) ?? "";
    const relative = [...text.matchAll(/\]\(([^)\s#]*)(?:#([^)\s]+))?\)/g)].filter(
      ([, target]) => !/^[a-z]+:/.test(target!),
    );
    const broken = relative.flatMap(([link, target, anchor]) => {
      const page = read(target ? normalize(join(dir, target)) : `${dir}/${file}`);
      return page !== undefined && (anchor === undefined || anchorsIn(page).has(anchor)) ? [] : [link];
    });
    expect(relative.length).toBeGreaterThan(0);
    expect(broken).toEqual([]);
  });

  it("every page defines each anchor once, as lowercase words joined by '-'", () => {
    const bad = pageFiles.flatMap((file) => {
      const ids = [...(read(`${dir}/${file}`) ?? "").matchAll(/<a id="([^"]+)"><\/a>/g)].map((m) => m[1]!);
      return ids
        .filter((id, i) => ids.indexOf(id) !== i || !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id))
        .map((id) => `${file}#${id}`);
    });
    expect(bad).toEqual([]);
  });

  it("the map from old citations points at anchors that exist", () => {
    const map = JSON.parse(read(`${dir}/.citation-map.json`) ?? "{}") as Record<string, string>;
    expect(Object.keys(map)).toEqual(
      expect.arrayContaining(["facts §6.3", "seed step 2", "DESIGN.md (two-phase pay)"]),
    );
    const broken = Object.entries(map).flatMap(([old, link]) => brokenLinks(link, read).map((p) => `${old} → ${p}`));
    expect(broken).toEqual([]);
  });
});

describe("docs/rules.md links each rule to its check", () => {
  const files = [
    { path: "src/checks/a/xY.ts", text: 'export const xY = defineCheck({\n  rule: "x.y",\n  title: "t",\n});' },
    { path: "src/checks/a/xYZ.ts", text: '/** x.y, see "x.y" */\nexport const xYZ = defineCheck({ rule: "x.y-z" });' },
    { path: "src/checks/b/xW.ts", text: 'export const xW = answeredWithinCheck("x.w", "pay", 8_000);' },
    { path: "src/checks/b/xT.ts", text: 'export const xT: Check = scopedInquiryCheck(\n  "x.t",\n  "other-psp",\n);' },
  ];

  it.each([
    ["x.y", ["src/checks/a/xY.ts"]],
    ["x.y-z", ["src/checks/a/xYZ.ts"]],
    ["x.w", ["src/checks/b/xW.ts"]],
    ["x.t", ["src/checks/b/xT.ts"]],
    ["x.none", []],
  ])("finds the file that defines the check of %s, not files that only mention it", (rule, expected) => {
    expect(checkFilesOf(rule, files)).toEqual(expected);
  });

  const render = (checks: { rule: string; scenarios: string[] }[]) =>
    renderRulesDoc({
      banner: "// GENERATED by test",
      rules: [
        { id: "x.y", level: "MUST", text: "t", source: "docs/a.md#here (a | b); spec/mpp.yaml" },
        { id: "x.v", level: "SHOULD", text: "t", source: "docs/a.md#here", testable: false, reason: "cannot be seen" },
      ],
      checks,
      checkSources: files,
      faults: [{ id: "breaks-x-y", rule: "x.y" }],
    });

  it("renders links, the check file, scenarios and faults, and says when a rule has no check", () => {
    const doc = render([{ rule: "x.y", scenarios: ["s2", "s1"] }]);
    expect(doc.startsWith("<!-- GENERATED by test -->\n")).toBe(true);
    expect(doc).toContain(
      "| `x.y`<br>t | MUST | [docs/a.md#here](../docs/a.md#here) (a \\| b); [spec/mpp.yaml](../spec/mpp.yaml) | [src/checks/a/xY.ts](../src/checks/a/xY.ts) | `s1`, `s2` | `breaks-x-y` |",
    );
    expect(doc).toContain("| none: not testable (cannot be seen) | — | — |");
  });

  it("fails when a check's file cannot be found", () => {
    expect(() => render([{ rule: "x.v", scenarios: ["s"] }])).toThrow(
      /no file under src\/checks\/ defines the check of x.v/,
    );
  });
});
