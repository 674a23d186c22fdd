import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { format, subDays } from 'date-fns';
import { describe, expect, test } from 'vitest';
import { FakeBridge } from '../fake-bridge';
import { renderApp } from '../render-app';
import { formatInstantDay } from '../../../src/renderer/src/features/reps/format';

const daysAgo = (days: number) => format(subDays(new Date(), days), 'yyyy-MM-dd');

function bridgeWithItems() {
  const bridge = new FakeBridge({ reps: [{ name: 'Ana Silva' }, { name: 'Ben Okafor' }] });
  bridge.data.addActionItem({ repId: 1, title: 'Send pricing', dueDate: daysAgo(3) });
  bridge.data.addActionItem({ repId: 1, title: 'Book the QBR', owner: 'manager' });
  bridge.data.addActionItem({ repId: 2, title: 'Update CRM', status: 'done' });
  return bridge;
}

const rowOf = (title: string) => {
  const row = screen.getByRole('button', { name: `Rename “${title}”` }).closest('tr');
  if (!row) throw new Error(`no row for ${title}`);
  return row;
};

describe('action-item list', () => {
  test('across reps: open items by default, overdue ones in red with how late', async () => {
    renderApp('/action-items', bridgeWithItems());
    const table = await screen.findByRole('table', { name: 'Action items' });
    expect(
      within(table)
        .getAllByRole('button', { name: /^Rename/ })
        .map((button) => button.textContent),
    ).toEqual(['Send pricing', 'Book the QBR']);
    expect(within(rowOf('Send pricing')).getByText('3 days overdue')).toBeTruthy();
    expect(within(rowOf('Send pricing')).getByRole('link', { name: 'Ana Silva' })).toBeTruthy();
  });

  test('each item says where it came from: its one-on-one, or the day it was added', async () => {
    const bridge = bridgeWithItems();
    bridge.data.addActionItem({
      repId: 1,
      title: 'Call the CFO',
      meetingId: 7,
      meetingScheduledAt: '2025-12-15T10:00:00.000Z',
      createdAt: '2025-12-15T10:30:00.000Z',
    });
    renderApp('/action-items', bridge);
    await screen.findByRole('table', { name: 'Action items' });
    // Written with "New action item" on 5 January 2026 (the fake's today), in the manager's locale.
    expect(within(rowOf('Book the QBR')).getByText(/Added/).textContent).toBe(
      `Ana Silva · Added ${formatInstantDay('2026-01-05T09:00:00.000Z')}`,
    );
    const fromNotes = within(rowOf('Call the CFO')).getByRole('link', { name: /^From / });
    expect(fromNotes.getAttribute('href')).toBe('#/meetings/7');
    expect(within(rowOf('Call the CFO')).queryByText(/Added/)).toBeNull();
  });

  test('filters by status, owner and rep', async () => {
    const u = userEvent.setup();
    const { bridge } = renderApp('/action-items', bridgeWithItems());
    await screen.findByRole('table', { name: 'Action items' });

    await u.click(screen.getByRole('radio', { name: 'All' }));
    await waitFor(() => expect(screen.getAllByRole('button', { name: /^Rename/ })).toHaveLength(3));
    await u.click(screen.getByRole('radio', { name: 'You' }));
    await waitFor(() => expect(screen.getAllByRole('button', { name: /^Rename/ })).toHaveLength(1));
    expect(bridge.callsOf('actionItems.list').at(-1)).toEqual({ status: 'all', owner: 'manager', overdueOnly: false });

    await u.click(screen.getByRole('radio', { name: 'Anyone' }));
    await u.click(screen.getByRole('combobox', { name: 'Filter by rep' }));
    await u.click(await screen.findByRole('option', { name: 'Ben Okafor' }));
    await waitFor(() =>
      expect(screen.getAllByRole('button', { name: /^Rename/ }).map((b) => b.textContent)).toEqual(['Update CRM']),
    );
  });

  test('overdue only, and an empty result says how to widen it', async () => {
    const u = userEvent.setup();
    const bridge = bridgeWithItems();
    renderApp('/action-items', bridge);
    await screen.findByRole('table', { name: 'Action items' });
    await u.click(screen.getByRole('switch', { name: 'Overdue only' }));
    await waitFor(() => expect(bridge.callsOf('actionItems.list').at(-1)).toMatchObject({ overdueOnly: true }));
    await u.click(screen.getByRole('radio', { name: 'Done' }));
    expect(await screen.findByText('No action items here')).toBeTruthy();
    expect(screen.getByText(/switch off Overdue only/)).toBeTruthy();
  });

  test('inline edits: rename, owner, done and drop go to actionItems.update', async () => {
    const u = userEvent.setup();
    const { bridge } = renderApp('/action-items', bridgeWithItems());
    await screen.findByRole('table', { name: 'Action items' });

    await u.click(screen.getByRole('button', { name: 'Rename “Send pricing”' }));
    const title = screen.getByRole('textbox', { name: 'Action item title' });
    await u.clear(title);
    await u.type(title, 'Send the new pricing{Enter}');
    await waitFor(() =>
      expect(bridge.callsOf('actionItems.update')).toEqual([{ id: 100, title: 'Send the new pricing' }]),
    );

    await u.click(await screen.findByRole('combobox', { name: 'Owner of “Book the QBR”' }));
    await u.click(await screen.findByRole('option', { name: 'Rep' }));
    await waitFor(() => expect(bridge.callsOf('actionItems.update').at(-1)).toEqual({ id: 101, owner: 'rep' }));

    await u.click(screen.getByRole('checkbox', { name: 'Done: Book the QBR' }));
    await waitFor(() => expect(bridge.callsOf('actionItems.update').at(-1)).toEqual({ id: 101, status: 'done' }));

    await u.click(await screen.findByRole('button', { name: 'More for “Send the new pricing”' }));
    await u.click(await screen.findByRole('menuitem', { name: 'Drop' }));
    await waitFor(() => expect(bridge.callsOf('actionItems.update').at(-1)).toEqual({ id: 100, status: 'dropped' }));
  });

  test('Escape leaves a rename without saving', async () => {
    const u = userEvent.setup();
    const { bridge } = renderApp('/action-items', bridgeWithItems());
    await u.click(await screen.findByRole('button', { name: 'Rename “Send pricing”' }));
    await u.type(screen.getByRole('textbox', { name: 'Action item title' }), ' later{Escape}');
    expect(screen.getByRole('button', { name: 'Rename “Send pricing”' })).toBeTruthy();
    expect(bridge.callsOf('actionItems.update')).toEqual([]);
  });

  test("the rep page lists only that rep's items, without a rep filter", async () => {
    const u = userEvent.setup();
    renderApp('/reps/2', bridgeWithItems());
    const section = await screen.findByRole('region', { name: 'Action items' });
    await u.click(within(section).getByRole('radio', { name: 'All' }));
    await waitFor(() =>
      expect(
        within(section)
          .getAllByRole('button', { name: /^Rename/ })
          .map((b) => b.textContent),
      ).toEqual(['Update CRM']),
    );
    expect(within(section).queryByRole('combobox', { name: 'Filter by rep' })).toBeNull();
  });
});

describe('linking an action item to a goal', () => {
  test('links it to one of the rep’s active goals and shows it is linked', async () => {
    const u = userEvent.setup();
    const bridge = bridgeWithItems();
    const sendPricing = bridge.data.actionItems.find((item) => item.title === 'Send pricing');
    const created = await bridge.invoke('goals.create', {
      repId: 1,
      kind: 'metric',
      title: 'Meetings booked Q4',
      metric: 'Meetings booked',
      unit: 'count',
      startValue: 0,
      targetValue: 40,
      startDate: daysAgo(30),
      endDate: format(new Date(Date.now() + 60 * 86_400_000), 'yyyy-MM-dd'),
    });
    if (!created.ok || !sendPricing) throw new Error('fixture not created');
    renderApp('/action-items', bridge);
    await screen.findByRole('table', { name: 'Action items' });
    await u.click(within(rowOf('Send pricing')).getByRole('button', { name: 'More for “Send pricing”' }));
    await u.click(await screen.findByRole('menuitem', { name: 'Link to a goal…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Link to a goal' });
    await u.click(within(dialog).getByRole('combobox', { name: 'Goal' }));
    await u.click(await screen.findByRole('option', { name: 'Meetings booked Q4' }));
    await u.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() =>
      expect(bridge.callsOf('actionItems.linkGoal')).toEqual([{ id: sendPricing.id, goalId: created.value.id }]),
    );
    expect(await within(rowOf('Send pricing')).findByText(/linked to a goal/)).toBeTruthy();
  });
});
