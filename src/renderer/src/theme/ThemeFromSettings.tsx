import { useEffect, useRef } from 'react';
import { useMantineColorScheme } from '@mantine/core';
import type { ThemePreference } from '@shared/app/app';
import { useApiQuery } from '../api/queries';
import { toColorScheme } from './color-scheme';

/**
 * Applies the saved theme when settings load or change. Until then (and if they cannot load)
 * the app follows the OS, which is also the default choice, so nothing flashes for most managers.
 */
export function ThemeFromSettings(): null {
  const settings = useApiQuery('settings.get', {});
  const { setColorScheme } = useMantineColorScheme();
  const saved = settings.data?.theme;
  // setColorScheme changes identity with every scheme change; only a new saved value should apply.
  const applied = useRef<ThemePreference | null>(null);
  useEffect(() => {
    if (!saved || applied.current === saved) return;
    applied.current = saved;
    setColorScheme(toColorScheme(saved));
  }, [saved, setColorScheme]);
  return null;
}
