import { allowedLinkHref } from '@shared/links/link-policy';
import { isAppDocument, parseCanonicalUrl } from './app-url';

/**
 * What to do when the page tries to go somewhere: stay on Coachbook's own document, hand a link
 * to the manager's browser or mail app, or do nothing.
 */
export type NavigationDecision = 'allow' | 'deny' | { action: 'open-external'; url: string };

/**
 * Decides `will-navigate`, `will-redirect` and `window.open` targets. Only the links the shared
 * link policy allows (web and email, the same the notes editor lets a manager add) leave the
 * app, and only as the re-serialised URL (never the raw string), so the browser or mail app
 * receives exactly what was checked. The target must already be in Chromium's canonical form:
 * padding or control characters mean it was crafted, and it is refused rather than normalised.
 */
export function decideNavigation(targetUrl: unknown, appEntryUrl: string): NavigationDecision {
  const target = parseCanonicalUrl(targetUrl);
  const appEntry = parseCanonicalUrl(appEntryUrl);
  if (!target || !appEntry) return 'deny';
  if (target.username !== '' || target.password !== '') return 'deny';
  if (isAppDocument(target, appEntry)) return 'allow';
  const link = allowedLinkHref(target.href);
  return link === null ? 'deny' : { action: 'open-external', url: link };
}
