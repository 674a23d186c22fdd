import type { ThemePreference } from '@shared/app/app';

/** Mantine's body colours (`--mantine-color-body`): white, and dark-7 in the dark scheme. */
const LIGHT_BACKGROUND = '#ffffff';
const DARK_BACKGROUND = '#242424';

/**
 * The window's colour before the page paints, so opening Coachbook in dark mode does not
 * flash white. The manager's own theme choice beats the system's.
 */
export function windowBackgroundColor(preference: ThemePreference | undefined, systemPrefersDark: boolean): string {
  const dark = preference === 'dark' || (preference !== 'light' && systemPrefersDark);
  return dark ? DARK_BACKGROUND : LIGHT_BACKGROUND;
}
