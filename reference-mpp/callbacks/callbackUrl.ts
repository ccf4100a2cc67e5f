/**
 * Whether a callback URL can be called at all. The schema's `format: uri` lets through URLs
 * fetch cannot use (`http://a:99999/`, `http://256.256.256.256/`, `urn:x`): refused at pay time,
 * and never allowed to crash the dispatcher if one is already stored.
 */
export function isCallableUrl(url: string): boolean {
  if (!URL.canParse(url)) return false;
  const { protocol } = new URL(url);
  return protocol === "http:" || protocol === "https:";
}
