/**
 * `attachment`, so a browser saves the file rather than rendering it in our origin, with the name twice:
 * `filename*` (RFC 8187, UTF-8) for every current browser, and a plain-ASCII `filename` for older clients and
 * tools such as `curl -J` that read only that one.
 */
export function contentDisposition(filename: string): string {
  const fallback = filename.replace(/[^\x20-\x7e]/g, '_').replace(/["\\%]/g, '_');
  // encodeURIComponent leaves ' ( ) * as they are; RFC 8187 does not allow them unencoded
  const encoded = encodeURIComponent(filename).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}
