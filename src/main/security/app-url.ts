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
 * Whether `url` is Coachbook's own document. A built app is one exact file, so any other
 * `file:` path (another page, `/etc/passwd`) is not the app even though it shares the opaque
 * file origin. The dev server is its exact origin: scheme, host and port.
 * Query and fragment are ignored: they address state inside the same document.
 */
export function isAppDocument(url: URL, appEntry: URL): boolean {
  if (url.username !== '' || url.password !== '') return false;
  if (appEntry.protocol === 'file:') {
    return url.protocol === 'file:' && url.host === appEntry.host && samePath(url.pathname, appEntry.pathname);
  }
  if (appEntry.protocol !== 'http:' && appEntry.protocol !== 'https:') return false;
  return url.origin === appEntry.origin;
}

/**
 * Node's pathToFileURL and Chromium escape a few characters differently (`^`, `|`, non-ASCII
 * folder names), so the same file can arrive spelt two ways; compare the decoded paths.
 */
function samePath(a: string, b: string): boolean {
  const decodedA = decodePath(a);
  return decodedA !== null && decodedA === decodePath(b);
}

function decodePath(path: string): string | null {
  try {
    return decodeURIComponent(path);
  } catch {
    return null;
  }
}
