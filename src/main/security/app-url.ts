import { APP_SCHEME } from './app-protocol';

/**
 * Chromium hands Electron canonical URLs: printable ASCII, no spaces, hosts already punycoded.
 * Anything else reaching a security decision was crafted, so it is refused rather than fed to
 * the WHATWG parser, which would silently strip tabs, newlines and padding (`java\nscript:`).
 */
const CANONICAL_URL = /^[\x21-\x7e]+$/;

/** Longer than any link a manager clicks; caps the work done on hostile input. */
const MAX_URL_LENGTH = 32_768;

/** Parses a URL only when it is already in the canonical form Chromium produces; else null. */
export function parseCanonicalUrl(raw: unknown): URL | null {
  if (typeof raw !== 'string' || raw.length > MAX_URL_LENGTH || !CANONICAL_URL.test(raw)) return null;
  try {
    return new URL(raw);
  } catch {
    return null;
  }
}

/**
 * Whether `url` is Coachbook's own page: the built renderer's origin (`app://coachbook`, any
 * path, since the protocol serves only that folder) or the dev server's exact origin (scheme,
 * host and port). file:// is never the app: that origin would be every file on the disk.
 * Query and fragment are ignored: they address state inside the same document.
 */
export function isAppDocument(url: URL, appEntry: URL): boolean {
  if (url.username !== '' || url.password !== '') return false;
  // Node gives non-special schemes an opaque origin ('null'), so scheme and host are compared.
  if (appEntry.protocol === `${APP_SCHEME}:`) return url.protocol === appEntry.protocol && url.host === appEntry.host;
  if (appEntry.protocol !== 'http:' && appEntry.protocol !== 'https:') return false;
  return url.origin === appEntry.origin;
}
