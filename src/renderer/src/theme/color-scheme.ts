import type { MantineColorScheme, MantineColorSchemeManager } from '@mantine/core';
import type { ThemePreference } from '@shared/app/app';

export const toColorScheme = (preference: ThemePreference): MantineColorScheme =>
  preference === 'system' ? 'auto' : preference;

export const toThemePreference = (scheme: MantineColorScheme): ThemePreference =>
  scheme === 'auto' ? 'system' : scheme;

/**
 * Mantine's default manager keeps the choice in localStorage, which our test rig does not keep
 * between runs. The choice lives in settings (through the API) instead; this manager only holds
 * it for the session, and 'auto' lets Mantine follow the OS through prefers-color-scheme.
 */
export function memoryColorSchemeManager(initial: MantineColorScheme = 'auto'): MantineColorSchemeManager {
  let value = initial;
  return {
    get: () => value,
    set: (next) => {
      value = next;
    },
    subscribe: () => {},
    unsubscribe: () => {},
    clear: () => {
      value = initial;
    },
  };
}
