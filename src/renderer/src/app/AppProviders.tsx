import { useState, type ReactNode } from 'react';
import { MantineProvider } from '@mantine/core';
import { DatesProvider } from '@mantine/dates';
import { Notifications } from '@mantine/notifications';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { HashRouter } from 'react-router';
import { createQueryClient } from '../api/query-client';
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
  const [dateSettings] = useState(() => ({ firstDayOfWeek: firstDayOfWeek() }));
  return (
    <MantineProvider theme={theme} defaultColorScheme="auto" colorSchemeManager={colorSchemeManager} env={env}>
      <Notifications position="bottom-right" limit={4} />
      {/* Calendars start the week where the manager's locale does (Sunday in the US). */}
      <DatesProvider settings={dateSettings}>
        <QueryClientProvider client={client}>
          <HashRouter>{children}</HashRouter>
        </QueryClientProvider>
      </DatesProvider>
    </MantineProvider>
  );
}
