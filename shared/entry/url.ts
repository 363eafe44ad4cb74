/**
 * Canonical form of a source URL, so that the same page found twice (with a tracking
 * parameter, a fragment, a default port, a trailing slash, parameters in another order)
 * is recognised as one document: "this page is already in the tracker". The tracker's
 * `url` filter compares canonical forms made by this function.
 *
 * Rules (http and https):
 * - scheme and host lower-case (the WHATWG URL parser does this), user:password dropped;
 * - the fragment (#...) dropped;
 * - the default port (80 for http, 443 for https) dropped;
 * - a trailing slash dropped from a non-root path ("/a/b/" → "/a/b"; "/" stays);
 * - tracking parameters dropped: utm_*, fbclid, gclid and the few other click ids below;
 * - the remaining query parameters sorted by name (stable: repeated names keep their order);
 *   an empty query leaves no "?".
 * Other schemes (file:, chrome-extension:, urn:...) only lose their fragment. Text that is not
 * a URL is returned trimmed, unchanged otherwise.
 */

const TRACKING_EXACT = new Set([
  "fbclid",
  "gclid",
  "gclsrc",
  "dclid",
  "gbraid",
  "wbraid",
  "msclkid",
  "yclid",
  "twclid",
  "igshid",
  "mc_cid",
  "mc_eid",
  "_hsenc",
  "_hsmi",
]);

/** True for a query parameter name that only tracks the visitor. */
export function isTrackingParam(name: string): boolean {
  const n = name.toLowerCase();
  return n.startsWith("utm_") || TRACKING_EXACT.has(n);
}

export function canonicalUrl(input: string): string {
  const text = input.trim();
  let u: URL;
  try {
    u = new URL(text);
  } catch {
    return text;
  }
  u.hash = "";
  if (u.protocol !== "http:" && u.protocol !== "https:") {
    return u.href.endsWith("#") ? u.href.slice(0, -1) : u.href;
  }
  u.username = "";
  u.password = "";
  // The parser already removes a default port; this covers "https://host:443" spelled oddly.
  if ((u.protocol === "http:" && u.port === "80") || (u.protocol === "https:" && u.port === "443")) {
    u.port = "";
  }
  if (u.pathname.length > 1 && u.pathname.endsWith("/")) {
    u.pathname = u.pathname.replace(/\/+$/, "") || "/";
  }
  const kept = new URLSearchParams();
  for (const [k, v] of u.searchParams) {
    if (!isTrackingParam(k)) kept.append(k, v);
  }
  kept.sort();
  const query = kept.toString();
  u.search = query ? `?${query}` : "";
  return u.href;
}

/** True when two URLs name the same document after canonicalisation. */
export function sameDocumentUrl(a: string, b: string): boolean {
  return canonicalUrl(a) === canonicalUrl(b);
}
