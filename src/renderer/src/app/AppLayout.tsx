import { Suspense, useRef, type MouseEvent } from 'react';
import { AppShell, Burger, Group, Text, ThemeIcon } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconMessages } from '@tabler/icons-react';
import { Outlet } from 'react-router';
import { DemoBookBanner } from '../features/demo/DemoBookBanner';
import { SearchSpotlight } from '../features/search/SearchSpotlight';
import { ThemeFromSettings } from '../theme/ThemeFromSettings';
import { AppNavbar } from './AppNavbar';
import { PageLoading } from './PageLoading';
import { ThemeMenu } from './ThemeMenu';

export function AppLayout() {
  const [navOpened, nav] = useDisclosure(false);
  const mainRef = useRef<HTMLElement>(null);
  // A plain #fragment would be read as a route by the hash router, so move focus by hand.
  const skipToContent = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    mainRef.current?.focus();
  };

  return (
    <AppShell
      header={{ height: 56 }}
      navbar={{ width: 232, breakpoint: 'sm', collapsed: { mobile: !navOpened } }}
      padding="xl"
    >
      <ThemeFromSettings />
      <SearchSpotlight />
      <a href="#main-content" className="cb-skip-link" onClick={skipToContent}>
        Skip to content
      </a>
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger opened={navOpened} onClick={nav.toggle} hiddenFrom="sm" size="sm" aria-label="Toggle navigation" />
            <ThemeIcon size={30} radius="md" variant="filled" aria-hidden>
              <IconMessages size={18} />
            </ThemeIcon>
            <Text fw={700} size="lg" lts={-0.2}>
              Coachbook
            </Text>
          </Group>
          <ThemeMenu />
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="sm">
        <AppNavbar onNavigate={nav.close} />
      </AppShell.Navbar>
      <AppShell.Main id="main-content" ref={mainRef} tabIndex={-1} className="cb-main">
        <div className="cb-page">
          <DemoBookBanner />
          {/* Pages load as their own chunks the first time they open (pages.ts). */}
          <Suspense fallback={<PageLoading />}>
            <Outlet />
          </Suspense>
        </div>
      </AppShell.Main>
    </AppShell>
  );
}
