import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test } from 'vitest';
import { formatInputDay } from '../../../src/renderer/src/forms/date-input-formats';
import { FakeBridge } from '../fake-bridge';
import { renderApp } from '../render-app';

const day = (year: number, month: number, date: number) =>
  new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' }).format(new Date(year, month - 1, date));

/** Ana's "Q1 calls" goal with one check-in typed wrong: 24 on 2 January, meant to be 42. */
function goalWithTypo() {
  const bridge = new FakeBridge({ reps: [{ name: 'Ana Ruiz' }] });
  const goal = bridge.history.handlers['goals.create']({
    repId: 1,
    kind: 'metric',
    title: 'Q1 calls',
    metric: 'Calls made',
    unit: 'count',
    startValue: 0,
    targetValue: 100,
    startDate: '2026-01-01',
    endDate: '2026-03-31',
  });
  const checkIn = bridge.history.handlers['goals.addCheckIn']({
    goalId: goal.id,
    date: '2026-01-02',
    value: 24,
    note: 'First week',
    meetingId: 7,
  });
  return { bridge, goal, checkIn };
}

async function openEdit(u: ReturnType<typeof userEvent.setup>, label: string) {
  const table = await screen.findByRole('table', { name: 'Check-ins' });
  const edit = within(table).getByRole('button', { name: `Edit the check-in of ${label}` });
  // A plain button: reachable with Tab and pressed with Enter.
  edit.focus();
  await u.keyboard('{Enter}');
  return screen.findByRole('dialog', { name: 'Edit check-in' });
}

describe('editing a goal check-in', () => {
  test('the form opens prefilled, and saving shows the corrected value and day in the list and the chart', async () => {
    const u = userEvent.setup();
    const { bridge, goal, checkIn } = goalWithTypo();
    renderApp(`/goals/${goal.id}`, bridge);
    const dialog = await openEdit(u, day(2026, 1, 2));

    const value = within(dialog).getByRole('textbox', { name: 'Value' });
    const date = within(dialog).getByRole('textbox', { name: 'Date' });
    const note = within(dialog).getByRole('textbox', { name: 'Note' });
    expect([
      (value as HTMLInputElement).value,
      (date as HTMLInputElement).value,
      (note as HTMLInputElement).value,
    ]).toEqual(['24', formatInputDay('2026-01-02'), 'First week']);
    expect(document.activeElement).toBe(value);

    await u.clear(value);
    await u.type(value, '42');
    await u.clear(date);
    await u.type(date, '2026-01-03');
    await u.click(within(dialog).getByRole('button', { name: 'Save check-in' }));

    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Edit check-in' })).toBeNull());
    expect(bridge.callsOf('goals.updateCheckIn')).toEqual([
      { id: checkIn.id, value: 42, date: '2026-01-03', note: 'First week' },
    ]);
    const table = screen.getByRole('table', { name: 'Check-ins' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(
      rows.map((row) =>
        within(row)
          .getAllByRole('cell')
          .slice(0, 3)
          .map((cell) => cell.textContent),
      ),
    ).toEqual([[day(2026, 1, 3), '42', 'First week']]);
    const chartTable = screen.getByRole('table', { name: 'Check-ins of Q1 calls' });
    expect(
      within(chartTable)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual([day(2026, 1, 3), '42']);
    // Still the one-on-one it was recorded in.
    expect(bridge.history.checkIns[0]).toMatchObject({ id: checkIn.id, meetingId: 7 });
  });

  test('errors appear next to their field, the form stays open and the list keeps the old value', async () => {
    const u = userEvent.setup();
    const { bridge, goal } = goalWithTypo();
    renderApp(`/goals/${goal.id}`, bridge);
    const dialog = await openEdit(u, day(2026, 1, 2));
    const value = within(dialog).getByRole('textbox', { name: 'Value' });
    const date = within(dialog).getByRole('textbox', { name: 'Date' });

    await u.clear(value);
    await u.click(within(dialog).getByRole('button', { name: 'Save check-in' }));
    expect(within(dialog).getByText('Value must be a number')).toBeTruthy();
    expect(value.getAttribute('aria-invalid')).toBe('true');
    expect(bridge.callsOf('goals.updateCheckIn')).toEqual([]);

    // Main refuses a day outside the goal's period, naming the field.
    bridge.failNext('goals.updateCheckIn', {
      code: 'invalid_input',
      message: "The date must fall in the goal's period, 2026-01-01 to 2026-03-31.",
      field: 'date',
    });
    await u.type(value, '42');
    await u.click(within(dialog).getByRole('button', { name: 'Save check-in' }));
    expect(await within(dialog).findByText(/must fall in the goal's period/)).toBeTruthy();
    expect(date.getAttribute('aria-invalid')).toBe('true');
    expect(value.getAttribute('aria-invalid')).not.toBe('true');
    expect(screen.getByRole('dialog', { name: 'Edit check-in' })).toBeTruthy();
    const table = screen.getByRole('table', { name: 'Check-ins' });
    expect(within(table).getAllByRole('row')[1]?.textContent).toContain('24');

    await u.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Edit check-in' })).toBeNull());
    expect(bridge.history.checkIns[0]).toMatchObject({ value: 24, date: '2026-01-02' });
  });

  test('adding a check-in still works from the same form', async () => {
    const u = userEvent.setup();
    const { bridge, goal } = goalWithTypo();
    renderApp(`/goals/${goal.id}`, bridge);
    const section = await screen.findByRole('region', { name: 'Check-ins' });
    await u.type(within(section).getByRole('textbox', { name: 'Value' }), '55');
    await u.clear(within(section).getByRole('textbox', { name: 'Date' }));
    await u.type(within(section).getByRole('textbox', { name: 'Date' }), '2026-01-04');
    await u.click(within(section).getByRole('button', { name: 'Add check-in' }));
    const table = await within(section).findByRole('table', { name: 'Check-ins' });
    await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(3));
    expect(within(table).getAllByRole('row')[1]?.textContent).toContain(day(2026, 1, 4));
    expect(bridge.callsOf('goals.addCheckIn')).toEqual([
      { goalId: goal.id, value: 55, date: '2026-01-04', note: null },
    ]);
  });
});
