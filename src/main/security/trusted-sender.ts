import { isAppDocument, parseCanonicalUrl } from './app-url';

/**
 * Whether an IPC message comes from Coachbook's own page. The API can read and change every
 * note, so a frame that is anything else (an injected iframe, a page navigated away to) must
 * not reach it. A missing frame (already navigated or destroyed) is not trusted either.
 */
export function isTrustedSender(frameUrl: string | null | undefined, appEntryUrl: string): boolean {
  const frame = parseCanonicalUrl(frameUrl);
  const appEntry = parseCanonicalUrl(appEntryUrl);
  return frame !== null && appEntry !== null && isAppDocument(frame, appEntry);
}
