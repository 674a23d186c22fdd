import { useCallback } from 'react';
import { useMantineColorScheme } from '@mantine/core';
import type { ThemePreference } from '@shared/app/app';
import { useApiMutation } from '../api/queries';
import { toColorScheme, toThemePreference } from './color-scheme';

/** The manager's theme choice: applied at once, remembered through settings.update. */
export function useThemePreference(): { preference: ThemePreference; setPreference: (next: ThemePreference) => void } {
  const { colorScheme, setColorScheme } = useMantineColorScheme();
  const save = useApiMutation('settings.update', {
    invalidates: ['settings.get'],
    errorTitle: 'Could not remember the theme',
  });
  const { mutate } = save;
  const setPreference = useCallback(
    (next: ThemePreference) => {
      setColorScheme(toColorScheme(next));
      mutate({ theme: next });
    },
    [mutate, setColorScheme],
  );
  return { preference: toThemePreference(colorScheme), setPreference };
}
