import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test } from 'vitest';
import { FakeBridge } from '../fake-bridge';
import { renderApp } from '../render-app';

describe('search results', () => {
  test('snippets are text with <mark>: an <img onerror> in a note shows as characters', async () => {
    const u = userEvent.setup();
    const bridge = new FakeBridge({ reps: [{ name: 'Ana Ruiz' }] });
    bridge.history.searchHits = [
      {
        kind: 'notes',
        repId: 1,
        repName: 'Ana Ruiz',
        meetingId: 7,
        scheduledAt: '2024-01-10T10:00:00.000Z',
        private: true,
        snippet: [
          { text: 'she said <img src=x onerror=alert(1)> about the ', highlighted: false },
          { text: 'renewal', highlighted: true },
        ],
      },
    ];
    renderApp('/search', bridge);
    // FTS5 syntax typed by the manager is plain text: no error, just a search.
    await u.type(await screen.findByRole('textbox', { name: 'Search text' }), 'renewal "AND (x -*');
    const snippet = await screen.findByTestId('search-snippet', {}, { timeout: 3000 });
    expect(snippet.textContent).toContain('<img src=x onerror=alert(1)>');
    expect(snippet.querySelector('img')).toBeNull();
    expect(within(snippet).getByText('renewal').tagName).toBe('MARK');
    expect(screen.getByText('Private')).toBeTruthy();
    expect(screen.getByRole('link', { name: /Ana Ruiz · one-on-one/ }).getAttribute('href')).toBe('#/meetings/7');
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
