/*
 * Coachbook's one rule for links, used wherever a link is made, written or followed: the notes
 * editor (typing, pasting, the link form, Mod-click), the exports (HTML and Markdown) and the
 * Electron shell (what leaves the app for the system's browser or mail app).
 *
 * A manager links to a CRM record, a deal room or a shared document (http, https), or to
 * someone's email address (mailto, with a subject or cc if they like). Nothing else: javascript:,
 * data:, file:, vbscript:, blob:, custom app schemes (ms-msdt:, smb:, …) can run code or reach
 * the disk when opened, so they never become a link, in a note, in a file sent to a rep or in
 * the shell.
 */

/** The schemes a link may have, as `URL.protocol` spells them. */
export const LINK_PROTOCOLS: ReadonlySet<string> = new Set(['http:', 'https:', 'mailto:']);

/** Longer than any CRM or document link; caps the work done on hostile input. */
export const MAX_LINK_LENGTH = 8192;

/**
 * The link as Coachbook stores, writes and opens it (the parser's re-serialised form, never the
 * raw text, so what is opened is exactly what was checked), or null when it is not allowed.
 *
 * Parsed with the WHATWG URL parser, never matched as text: browsers ignore case, tabs and
 * newlines in a scheme ("JaVa\tscript:"), which naive string checks miss, and look-alike schemes
 * (`mailto2:`, `https-x:`) parse to their own protocol. Surrounding spaces, as a pasted or typed
 * link often has, are trimmed; relative links are refused (a note has no base to resolve them
 * against). A web link carrying a user name or password is refused: `https://bank.com@evil.com`
 * is a classic way to disguise where a link goes.
 */
export function allowedLinkHref(raw: unknown): string | null {
  if (typeof raw !== 'string' || raw.length > MAX_LINK_LENGTH) return null;
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return null;
  }
  if (!LINK_PROTOCOLS.has(url.protocol)) return null;
  if (url.protocol === 'mailto:') return url.pathname !== '' || url.search.length > 1 ? url.href : null;
  if (url.username !== '' || url.password !== '' || url.hostname === '') return null;
  return url.href;
}

/** True when `raw` is a link Coachbook allows (see `allowedLinkHref`). */
export const isAllowedLink = (raw: unknown): raw is string => allowedLinkHref(raw) !== null;
