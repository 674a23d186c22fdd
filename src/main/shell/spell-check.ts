import type { Session } from 'electron';

/**
 * Chromium on Linux downloads Hunspell dictionaries from Google's servers the first time it spell
 * checks; macOS and Windows use the OS spell checker and download nothing. Coachbook makes no
 * network call without the manager's consent (Settings → Spelling), so on Linux the checker
 * stays off until they agree.
 */
export function applySpellCheckConsent(
  session: Pick<Session, 'setSpellCheckerEnabled'>,
  platform: NodeJS.Platform,
  downloadsAllowed: boolean,
): void {
  session.setSpellCheckerEnabled(platform !== 'linux' || downloadsAllowed);
}
