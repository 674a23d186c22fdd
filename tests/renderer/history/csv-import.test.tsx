import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test } from 'vitest';
import { renderApp } from '../render-app';

const csv = [
  'rep email,goal title,date,value',
  'ana@example.com,Q1 calls,2026-01-04,10',
  'ana@example.com,Q1 calls,not a date,12',
].join('\n');

describe('importing check-ins from CSV', () => {
  test('a bad line is named, Import stays off and nothing is imported', async () => {
    const u = userEvent.setup();
    const { bridge } = renderApp('/reps/1', { reps: [{ name: 'Ana Ruiz' }] });
    const goals = await screen.findByRole('region', { name: 'Goals' });
    await u.click(within(goals).getByRole('button', { name: 'Import check-ins from CSV' }));
    const dialog = await screen.findByRole('dialog', { name: 'Import check-ins from CSV' });
    const input = dialog.querySelector('input[type="file"]');
    if (!(input instanceof HTMLInputElement)) throw new Error('no file input');
    fireEvent.change(input, { target: { files: [new File([csv], 'checkins.csv', { type: 'text/csv' })] } });
    const problems = await within(dialog).findByRole('list', { name: 'Problems by line' });
    expect(problems.textContent).toMatch(/Line 3/);
    expect(within(dialog).getByText(/nothing will be imported/)).toBeTruthy();
    const button = within(dialog).getByRole('button', { name: 'Import' });
    expect(button.hasAttribute('disabled')).toBe(true);
    await u.click(button);
    expect(bridge.calls.some((call) => call.method === 'goals.importCheckIns')).toBe(false);
    expect(bridge.history.imported).toBe(0);
  });
});
