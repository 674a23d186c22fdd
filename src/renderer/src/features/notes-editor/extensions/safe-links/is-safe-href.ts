/**
 * Link schemes a note may carry. Anything else (javascript:, data:, file:, vbscript:, custom app
 * schemes) could run code or reach the disk when opened, so it never becomes a link.
 */
export const SAFE_LINK_PROTOCOLS = ['http:', 'https:', 'mailto:'] as const;

/**
 * True when `href` is an absolute http(s) or mailto URL. Parsed with `new URL` rather than matched
 * as text: browsers ignore tabs, newlines and case in schemes ("JaVa\tscript:"), which naive
 * string checks miss. Relative URLs are refused too: a note has no base URL to resolve them against.
 */
export function isSafeHref(href: string | null | undefined): href is string {
  if (!href) return false;
  let url: URL;
  try {
    url = new URL(href.trim());
  } catch {
    return false;
  }
  return (SAFE_LINK_PROTOCOLS as readonly string[]).includes(url.protocol);
}
