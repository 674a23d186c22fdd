import { isAppDocument, parseCanonicalUrl } from './app-url';

/**
 * What to do when the page tries to go somewhere: stay on Coachbook's own document, hand a web
 * link to the manager's browser, or do nothing.
 */
export type NavigationDecision = 'allow' | 'deny' | { action: 'open-external'; url: string };

const EXTERNAL_PROTOCOLS: ReadonlySet<string> = new Set(['https:', 'http:']);

/**
 * Decides `will-navigate`, `will-redirect` and `window.open` targets. Only web links leave the
 * app, and only as the re-serialised URL (never the raw string), so the browser receives
 * exactly what was checked. Links carrying credentials are refused: `https://bank.com@evil.com`
 * is a classic way to disguise where a link goes.
 */
export function decideNavigation(targetUrl: unknown, appEntryUrl: string): NavigationDecision {
  const target = parseCanonicalUrl(targetUrl);
  const appEntry = parseCanonicalUrl(appEntryUrl);
  if (!target || !appEntry) return 'deny';
  if (target.username !== '' || target.password !== '') return 'deny';
  if (isAppDocument(target, appEntry)) return 'allow';
  if (EXTERNAL_PROTOCOLS.has(target.protocol)) {
    return { action: 'open-external', url: target.href };
  }
  return 'deny';
}
