import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { renderApp } from '../render-app';
import { stubSystemLocale } from '../system-locale';

afterEach(() => {
  vi.unstubAllGlobals();
});

/** Opens Ctrl+K from the team page and types `words`, as a manager would. */
async function openSpotlight(words: string) {
  stubSystemLocale('en-US');
  const u = userEvent.setup();
  const { bridge } = renderApp('/team', { reps: [{ name: 'Ana Silva' }] });
  await screen.findByRole('heading', { name: 'Team' });
  await u.keyboard('{Control>}k{/Control}');
  const dialog = await screen.findByRole('dialog');
  await u.type(within(dialog).getByRole('textbox', { name: 'Search text' }), words);
  return { u, bridge, dialog };
}

describe('the Ctrl/Cmd+K search', () => {
  test('a date in the filters that is not one says so, with no spinner and no query', async () => {
    const { u, bridge, dialog } = await openSpotlight('pricing');
    const from = within(dialog).getByRole('textbox', { name: 'From date' });
    await u.type(from, 'soon');
    await u.tab();
    expect(await within(dialog).findByText('A date in the filters is not a date.')).toBeTruthy();
    expect(within(dialog).queryByText('Searching…')).toBeNull();
    expect(dialog.querySelector('.mantine-Loader-root')).toBeNull();
    expect(bridge.callsOf('search.query')).toEqual([]);
  });

  test('a date range that ends before it starts says so instead of searching', async () => {
    const { u, bridge, dialog } = await openSpotlight('pricing');
    await u.type(within(dialog).getByRole('textbox', { name: 'From date' }), 'Dec 1, 2025');
    await u.type(within(dialog).getByRole('textbox', { name: 'To date' }), 'Nov 1, 2025');
    await u.tab();
    expect(await within(dialog).findByText('The date range ends before it starts.')).toBeTruthy();
    expect(within(dialog).queryByText('Searching…')).toBeNull();
    expect(dialog.querySelector('.mantine-Loader-root')).toBeNull();
    // The start day alone was a fine search; the reversed range never goes to main.
    expect(bridge.callsOf('search.query')).not.toContainEqual(expect.objectContaining({ to: '2025-11-01' }));
  });
});
