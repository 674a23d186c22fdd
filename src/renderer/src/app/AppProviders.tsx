import { useMemo, useState, type ReactNode } from 'react';
import { MantineProvider } from '@mantine/core';
import { DatesProvider } from '@mantine/dates';
import { Notifications } from '@mantine/notifications';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { HashRouter } from 'react-router';
import { createQueryClient } from '../api/query-client';
import { useCalendarLocale } from '../forms/calendar-locale';
import { firstDayOfWeek } from '../forms/date-input-formats';
import { memoryColorSchemeManager } from '../theme/color-scheme';
import { theme } from '../theme/theme';

interface AppProvidersProps {
  children: ReactNode;
  /** Tests pass their own client (fresh cache per test). */
  queryClient?: QueryClient;
  /** 'test' turns off Mantine transitions and portals for jsdom. */
  env?: 'default' | 'test';
}

/**
 * Everything the app runs inside. A hash router because the renderer is loaded from a file,
 * where path URLs do not resolve.
 */
export function AppProviders({ children, queryClient, env = 'default' }: AppProvidersProps) {
  const [client] = useState(() => queryClient ?? createQueryClient());
  const [colorSchemeManager] = useState(() => memoryColorSchemeManager());
  const [weekStart] = useState(() => firstDayOfWeek());
  const calendarLocale = useCalendarLocale();
  // Mantine lays weeks out from firstDayOfWeek alone, never a dayjs locale's weekStart (en-GB's
  // Monday, say), so the week still starts where Intl says and the locale only names things.
  const dateSettings = useMemo(
    () => ({ firstDayOfWeek: weekStart, locale: calendarLocale }),
    [weekStart, calendarLocale],
  );
  return (
    <MantineProvider theme={theme} defaultColorScheme="auto" colorSchemeManager={colorSchemeManager} env={env}>
      <Notifications position="bottom-right" limit={4} />
      {/* Calendars name months and days in the manager's language and start the week where their locale does. */}
      <DatesProvider settings={dateSettings}>
        <QueryClientProvider client={client}>
          <HashRouter>{children}</HashRouter>
        </QueryClientProvider>
      </DatesProvider>
    </MantineProvider>
  );
}
