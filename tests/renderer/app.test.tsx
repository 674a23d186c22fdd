import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test } from 'vitest';
import { renderApp } from './render-app';

describe('database problem screen', () => {
  const refused = {
    state: 'refused',
    databaseFile: '/home/maria/Coachbook/coachbook.sqlite',
    problem: 'newer_version',
    message: 'This file was written by a newer version of Coachbook. Update Coachbook to open it.',
    backupsDir: '/home/maria/Coachbook/backups',
  } as const;

  // Restoring a backup from this screen: database-problem-restore.test.tsx.
  test('says what is wrong, that the file was not changed, and offers three choices', async () => {
    const u = userEvent.setup();
    const { bridge } = renderApp('/team', { status: refused });

    expect(await screen.findByRole('heading', { name: 'Coachbook could not open your data' })).toBeTruthy();
    expect(screen.getByText(refused.message)).toBeTruthy();
    expect(screen.getByText(refused.databaseFile)).toBeTruthy();
    expect(screen.getByText('This file was not changed')).toBeTruthy();
    expect(screen.queryByRole('navigation')).toBeNull();

    const restore = screen.getByRole('button', { name: 'Restore a backup' }) as HTMLButtonElement;
    expect(restore.disabled).toBe(false);

    await u.click(screen.getByRole('button', { name: 'Open another file…' }));
    await u.click(screen.getByRole('button', { name: 'Quit' }));
    await waitFor(() => expect(bridge.callsOf('app.quit')).toHaveLength(1));
    expect(bridge.callsOf('app.openAnotherDatabase')).toHaveLength(1);
  });
});

describe('app shell', () => {
  test('navigation marks the current page and the skip link moves focus to the content', async () => {
    const u = userEvent.setup();
    renderApp('/team');

    const team = await screen.findByRole('link', { name: 'Team' });
    expect(team.getAttribute('aria-current')).toBe('page');
    expect(screen.getByRole('link', { name: 'Reps' }).getAttribute('aria-current')).toBeNull();

    await u.click(screen.getByRole('link', { name: 'Settings' }));
    expect(await screen.findByRole('heading', { name: 'Settings' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Settings' }).getAttribute('aria-current')).toBe('page');

    await u.click(screen.getByRole('link', { name: 'Search' }));
    expect(await screen.findByRole('textbox', { name: 'Search text' })).toBeTruthy();

    await u.click(screen.getByRole('link', { name: 'Skip to content' }));
    expect(document.activeElement?.id).toBe('main-content');
  });

  test('the team page lists active reps and can add one', async () => {
    const u = userEvent.setup();
    const { bridge } = renderApp('/team', {
      reps: [{ name: 'Ana Silva' }, { name: 'Ben Okafor', status: 'archived' }],
    });

    expect(await screen.findByRole('row', { name: 'Ana Silva' })).toBeTruthy();
    expect(screen.queryByRole('row', { name: 'Ben Okafor' })).toBeNull();
    await u.click(screen.getByRole('button', { name: 'Add rep' }));
    await u.type(await screen.findByRole('textbox', { name: 'Name' }), 'Chloé Martin');
    await u.click(screen.getByRole('button', { name: 'Save' }));

    expect(await screen.findByRole('row', { name: 'Chloé Martin' })).toBeTruthy();
    expect(bridge.reps.map((rep) => rep.name)).toContain('Chloé Martin');
  });
});

describe('theme', () => {
  const scheme = () => document.documentElement.getAttribute('data-mantine-color-scheme');

  test('follows the OS by default and remembers a choice made in Settings', async () => {
    const u = userEvent.setup();
    const { bridge } = renderApp('/settings');

    const system = await screen.findByRole('radio', { name: 'System' });
    expect((system as HTMLInputElement).checked).toBe(true);
    expect(scheme()).toBe('light'); // the mocked OS prefers light

    await u.click(screen.getByRole('radio', { name: 'Dark' }));
    await waitFor(() => expect(bridge.callsOf('settings.update')).toEqual([{ theme: 'dark' }]));
    expect(scheme()).toBe('dark');
    expect(bridge.settings.theme).toBe('dark');
  });

  test('applies the saved theme at start and can be changed from the header', async () => {
    const u = userEvent.setup();
    const { bridge } = renderApp('/team', {
      settings: { theme: 'dark', notifications: true, spellCheckDownloads: false },
    });
    await waitFor(() => expect(scheme()).toBe('dark'));

    await u.click(await screen.findByRole('button', { name: 'Theme' }));
    await u.click(await screen.findByRole('menuitem', { name: 'Light' }));
    await waitFor(() => expect(bridge.callsOf('settings.update')).toEqual([{ theme: 'light' }]));
    expect(scheme()).toBe('light');
  });
});
