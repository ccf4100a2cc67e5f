/**
 * Citations in spec/rules.yaml's `source`: repo-relative links to an anchored section of a
 * markdown page, e.g. `docs/alipayplus/pay.md#pay-result-codes`. One reading of them for the test
 * that proves they resolve and for docs/rules.md, which renders them as links.
 *
 * An anchor is an explicit `<a id="…"></a>` in the page (on the line before a heading), never a
 * heading's slug: rewording a heading must not break a citation.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

export interface DocLink {
  /** The whole link as written, e.g. docs/alipayplus/pay.md#pay-result-codes. */
  link: string;
  /** Repo-relative path of the page. */
  file: string;
  anchor: string;
}

const DOC_LINK = /\bdocs\/[A-Za-z0-9_./-]+\.md#[A-Za-z0-9_-]+/g;
const ANCHOR = /<a id="([^"]+)"><\/a>/g;

/** Every `docs/….md#anchor` link in a rule's source, in order. */
export function docLinksIn(source: string): DocLink[] {
  return [...source.matchAll(DOC_LINK)].map(([link]) => {
    const [file, anchor] = link.split("#") as [string, string];
    return { link, file, anchor };
  });
}

/** The anchors a markdown page defines: its `<a id="…"></a>` elements. */
export function anchorsIn(markdown: string): Set<string> {
  return new Set([...markdown.matchAll(ANCHOR)].map((m) => m[1]!));
}

/** Reads a repo-relative file, or undefined when there is none. */
export type ReadRepoFile = (path: string) => string | undefined;

export const repoFileReader =
  (root: string): ReadRepoFile =>
  (path) => {
    const full = join(root, path);
    return existsSync(full) ? readFileSync(full, "utf8") : undefined;
  };

/**
 * What is wrong with a source's citations, one sentence per problem: no link at all, a link to a
 * page that does not exist, or to an anchor the page does not define. Empty when all resolve.
 */
export function brokenLinks(source: string, read: ReadRepoFile): string[] {
  const links = docLinksIn(source);
  if (links.length === 0) return [`cites no docs/<page>.md#<anchor> link: "${source}"`];
  const problems: string[] = [];
  for (const { link, file, anchor } of links) {
    const page = read(file);
    if (page === undefined) problems.push(`${link}: no file ${file}`);
    else if (!anchorsIn(page).has(anchor)) problems.push(`${link}: ${file} has no <a id="${anchor}"></a>`);
  }
  return problems;
}
