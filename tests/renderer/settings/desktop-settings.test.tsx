import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test } from 'vitest';
import { renderApp } from '../render-app';

describe('desktop settings', () => {
  test('downloads no spelling dictionaries until the manager says yes', async () => {
    const u = userEvent.setup();
    const { bridge } = renderApp('/settings');
    const toggle = await screen.findByRole(
      'switch',
      { name: 'Download spelling dictionaries (Linux)' },
      { timeout: 10_000 },
    );
    await waitFor(() => expect((toggle as HTMLInputElement).disabled).toBe(false));
    expect((toggle as HTMLInputElement).checked).toBe(false);
    expect(screen.getByText(/downloads from Google/)).toBeTruthy();

    await u.click(toggle);
    await waitFor(() => expect(bridge.settings.spellCheckDownloads).toBe(true));
    expect(bridge.callsOf('settings.update')).toEqual([{ spellCheckDownloads: true }]);
  }, 20_000);

  test('shows where the log file is', async () => {
    renderApp('/settings');
    expect(
      await screen.findByText('/home/ana/.config/Coachbook/logs/coachbook.log', {}, { timeout: 10_000 }),
    ).toBeTruthy();
  }, 20_000);
});
