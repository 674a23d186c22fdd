import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test } from 'vitest';
import { renderApp } from '../render-app';
import { months, noFigures, repAccountability } from './fixtures';

const withData = repAccountability({
  rep: {
    figures: {
      dueCount: 4,
      doneCount: 3,
      onTimeCount: 2,
      coveredCount: 4,
      followThroughRate: 0.75,
      onTimeRate: 0.5,
      coverageRate: 1,
      averageDaysOverdue: 1.5,
      openCount: 2,
      overdueCount: 1,
    },
    monthly: months([null, null, null, null, null, null, null, null, null, 0.5, 1, 0.75]),
  },
  commitments: [
    {
      id: 5,
      title: 'Book three discovery calls',
      owner: 'rep',
      status: 'done',
      dueDate: '2025-12-20',
      completedOn: '2026-01-05',
      carryCount: 1,
      createdAt: '2025-12-01T10:00:00.000Z',
      meetingId: 1,
      meetingScheduledAt: '2025-12-01T10:00:00.000Z',
      checks: [
        {
          meetingId: 2,
          meetingScheduledAt: '2025-12-15T10:00:00.000Z',
          outcome: 'not_done',
          note: 'Calendar was full',
          newDueDate: '2025-12-20',
          previousDueDate: '2025-12-10',
          createdAt: '2025-12-15T10:10:00.000Z',
        },
        {
          meetingId: 3,
          meetingScheduledAt: '2026-01-05T10:00:00.000Z',
          outcome: 'done',
          note: null,
          newDueDate: null,
          previousDueDate: null,
          createdAt: '2026-01-05T10:10:00.000Z',
        },
      ],
    },
    {
      id: 6,
      title: 'Share the pricing deck',
      owner: 'manager',
      status: 'open',
      dueDate: '2026-01-10',
      completedOn: null,
      carryCount: 0,
      createdAt: '2025-12-15T10:00:00.000Z',
      meetingId: 2,
      meetingScheduledAt: '2025-12-15T10:00:00.000Z',
      checks: [],
    },
  ],
});

const figure = (name: string, index = 0) => screen.getAllByRole('group', { name })[index];

describe('rep page, accountability', () => {
  test('shows the period figures, the chart data, and both sides of the commitments', async () => {
    renderApp('/reps/1', { reps: [{ name: 'Ana Silva' }], repAccountability: [withData] });

    const section = await screen.findByRole('region', { name: 'Accountability' });
    await within(section).findByText(/Figures over the last 90 days/);
    expect(within(figure('Follow-through')).getByText('75 %')).toBeTruthy();
    expect(within(figure('Follow-through')).getByText('3 of 4 done')).toBeTruthy();
    expect(within(figure('On time')).getByText('50 %')).toBeTruthy();
    expect(within(figure('Coverage')).getByText('100 %')).toBeTruthy();
    expect(within(figure('Avg days overdue')).getByText('1.5')).toBeTruthy();
    expect(within(figure('Overdue')).getByText('1')).toBeTruthy();

    const chart = within(section).getByRole('table', { name: /follow-through by month/ });
    expect(within(chart).getAllByText('no data')).toHaveLength(9);
    expect(within(chart).getByText('75 %')).toBeTruthy();

    const repTable = within(section).getByRole('table', { name: "Ana Silva's commitments" });
    expect(within(repTable).getByText('Book three discovery calls')).toBeTruthy();
    expect(within(repTable).queryByText('Share the pricing deck')).toBeNull();
    const managerTable = within(section).getByRole('table', { name: 'Your commitments to Ana Silva' });
    expect(within(managerTable).getByText('Share the pricing deck')).toBeTruthy();
    // The manager's own figures: nothing due, so — rather than 0 %.
    expect(within(figure('Follow-through', 1)).getByText('no data')).toBeTruthy();
  });

  test('a commitment expands to its full check history', async () => {
    const u = userEvent.setup();
    renderApp('/reps/1', { reps: [{ name: 'Ana Silva' }], repAccountability: [withData] });
    const toggle = await screen.findByRole('button', { name: 'Show check history of Book three discovery calls' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    await u.click(toggle);
    const history = screen.getByRole('list', { name: 'Check history of Book three discovery calls' });
    const entries = within(history).getAllByRole('listitem');
    expect(entries).toHaveLength(2);
    expect(within(entries[0] as HTMLElement).getByText('Not done')).toBeTruthy();
    expect(within(entries[0] as HTMLElement).getByText(/due date moved from .* to/)).toBeTruthy();
    expect(within(entries[0] as HTMLElement).getByText(/Calendar was full/)).toBeTruthy();
    expect(within(entries[1] as HTMLElement).getByText('Done')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Hide check history of Book three discovery calls' })).toBeTruthy();
  });

  test('with no data every rate reads —, and the period selector asks again', async () => {
    const u = userEvent.setup();
    const { bridge } = renderApp('/reps/1', {
      reps: [{ name: 'Ana Silva' }],
      repAccountability: [repAccountability({ rep: { figures: noFigures, monthly: months(Array(12).fill(null)) } })],
    });
    const section = await screen.findByRole('region', { name: 'Accountability' });
    await within(section).findByText(/no follow-through to chart yet/);
    for (const name of ['Follow-through', 'On time', 'Coverage', 'Avg days overdue']) {
      expect(within(figure(name)).getByText('—')).toBeTruthy();
    }
    expect(within(section).queryByText('0 %')).toBeNull();

    await u.click(within(section).getByRole('radio', { name: '365 days' }));
    await waitFor(() =>
      expect(bridge.callsOf('accountability.forRep')).toContainEqual({ repId: 1, period: { kind: 'last', days: 365 } }),
    );
    expect(await within(section).findByText(/over the last 365 days/)).toBeTruthy();
  });
});
