import { join } from 'node:path';

export const FROM_SOURCE_REASON = 'Updates are checked by an installed Coachbook; this one runs from source.';
export const NO_FEED_REASON = 'This build of Coachbook has no update feed configured.';

/** Why this copy cannot check for updates, or null when it can (installed, with a feed file). */
export function updateUnavailableReason(facts: {
  isPackaged: boolean;
  resourcesPath: string;
  exists(path: string): boolean;
}): string | null {
  if (!facts.isPackaged) return FROM_SOURCE_REASON;
  // electron-builder writes app-update.yml only when COACHBOOK_UPDATE_URL named a feed.
  if (!facts.exists(join(facts.resourcesPath, 'app-update.yml'))) return NO_FEED_REASON;
  return null;
}
