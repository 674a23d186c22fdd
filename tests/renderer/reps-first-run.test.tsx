import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test, vi } from 'vitest';
import { createQueryClient } from '../../src/renderer/src/api/query-client';
import { AppProviders } from '../../src/renderer/src/app/AppProviders';
import { FirstRunPaths, type FirstRunCalendarImport } from '../../src/renderer/src/features/reps/FirstRunPaths';

function renderPaths(calendarImport?: FirstRunCalendarImport) {
  const handlers = { onImport: vi.fn(), onAdd: vi.fn(), onTryDemo: vi.fn() };
  render(
    <AppProviders queryClient={createQueryClient()} env="test">
      <FirstRunPaths {...handlers} demoPending={false} calendarImport={calendarImport} />
    </AppProviders>,
  );
  return handlers;
}

describe('the first-run screen', () => {
  test('offers the ways in as buttons reached by keyboard, each doing its own thing', async () => {
    const u = userEvent.setup();
    const handlers = renderPaths();
    await u.tab();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Import reps from a spreadsheet' }));
    await u.keyboard('{Enter}');
    expect(handlers.onImport).toHaveBeenCalledOnce();
    await u.tab();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Add your first rep' }));
    await u.keyboard(' ');
    expect(handlers.onAdd).toHaveBeenCalledOnce();
    await u.click(screen.getByRole('button', { name: 'Try a demo book' }));
    expect(handlers.onTryDemo).toHaveBeenCalledOnce();
  });

  test('shows no calendar option until the calendar import is wired', async () => {
    renderPaths();
    expect(screen.queryByRole('button', { name: 'Import a calendar' })).toBeNull();
  });

  test('the calendar card starts the calendar import it was given', async () => {
    const onStart = vi.fn();
    renderPaths({ onStart });
    const card = screen.getByRole('button', { name: 'Import a calendar' });
    expect(card.getAttribute('aria-describedby')).toBeTruthy();
    await userEvent.setup().click(card);
    expect(onStart).toHaveBeenCalledOnce();
  });
});
