import { MantineProvider } from '@mantine/core';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test, vi } from 'vitest';
import type { SaveState } from '../../../src/renderer/src/features/notes-editor/autosave/notes-autosave';
import { SaveStateIndicator } from '../../../src/renderer/src/features/notes-editor/autosave/SaveStateIndicator';

const renderIndicator = (state: SaveState, extra: { message?: string; onReload?: () => void } = {}) =>
  render(
    <MantineProvider env="test">
      <SaveStateIndicator state={state} {...extra} />
    </MantineProvider>,
  );

describe('SaveStateIndicator', () => {
  test.each([
    ['saved', 'Saved'],
    ['saving', 'Saving…'],
    ['unsaved', 'Saving…'],
    ['retrying', 'Not saved — retrying'],
    ['conflict', 'Conflict — reload'],
  ] as const)('%s reads "%s" in a polite live region', (state, text) => {
    renderIndicator(state);
    const status = screen.getByRole('status');
    expect(status.getAttribute('aria-live')).toBe('polite');
    expect(status.textContent).toContain(text);
  });

  test('says why it is retrying', () => {
    renderIndicator('retrying', { message: 'Coachbook lost touch with its data for a moment.' });
    expect(screen.getByRole('status').textContent).toContain('Coachbook lost touch with its data for a moment.');
  });

  test('offers a reload on a conflict', async () => {
    const onReload = vi.fn();
    renderIndicator('conflict', { message: 'Changed in another window.', onReload });
    await userEvent.setup().click(screen.getByRole('button', { name: 'Reload' }));
    expect(onReload).toHaveBeenCalled();
  });
});
