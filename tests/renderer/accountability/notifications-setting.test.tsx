import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test } from 'vitest';
import { renderApp } from '../render-app';

describe('notifications setting', () => {
  test('says what it does and turns reminder notifications off and on', async () => {
    const u = userEvent.setup();
    const { bridge } = renderApp('/settings');
    const toggle = await screen.findByRole('switch', { name: 'Show reminder notifications' });
    await waitFor(() => expect((toggle as HTMLInputElement).checked).toBe(true));
    expect(screen.getByText(/15 minutes before a one-on-one starts/)).toBeTruthy();

    await u.click(toggle);
    await waitFor(() => expect(bridge.settings.notifications).toBe(false));
    await waitFor(() => expect((toggle as HTMLInputElement).checked).toBe(false));
    expect(bridge.callsOf('settings.update')).toEqual([{ notifications: false }]);

    await u.click(toggle);
    await waitFor(() => expect(bridge.settings.notifications).toBe(true));
  });
});
