import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test } from 'vitest';
import { resolvePeriod } from '@shared/accountability/period';
import { FAKE_TODAY } from '../fake-bridge';
import { renderApp } from '../render-app';
import { months, teamRow } from './fixtures';

const overview = {
  today: FAKE_TODAY,
  period: resolvePeriod({ kind: 'last', days: 90 }, FAKE_TODAY),
  rows: [
    teamRow({
      repId: 2,
      repName: 'Ben Okafor',
      team: 'SMB',
      lastHeldOn: '2025-12-17',
      daysSinceLastHeld: 19,
      meetingOverdue: true,
      openCommitments: 4,
      overdueCommitments: 3,
      dueCount: 5,
      followThroughRate: 0.4,
      coverageRate: 0.8,
      trend: months([0.5, 0.6, null, 0.4, 0.3, 0.4]),
      attentionScore: 9,
      attentionReasons: ['no one-on-one for 19 days', '3 commitments overdue', 'follow-through 40 % (last 90 days)'],
    }),
    teamRow({
      repId: 1,
      repName: 'Ana Silva',
      team: 'Enterprise',
      lastHeldOn: '2026-01-02',
      daysSinceLastHeld: 3,
      nextOneOnOneAt: '2026-01-08T10:00:00.000Z',
      openCommitments: 1,
      dueCount: 4,
      followThroughRate: 1,
      coverageRate: 1,
    }),
    teamRow({ repId: 3, repName: 'Chloé Martin', team: 'Enterprise' }),
  ],
};

const reps = [
  { name: 'Ana Silva', team: 'Enterprise' },
  { name: 'Ben Okafor', team: 'SMB' },
  { name: 'Chloé Martin', team: 'Enterprise' },
];

const rowNames = () =>
  within(screen.getByRole('table', { name: 'Team' }))
    .getAllByRole('row')
    .slice(1)
    .map((row) => row.getAttribute('aria-label'));

describe('team view', () => {
  test('rows say who needs attention in words, and show — (not 0 %) where there is no data', async () => {
    renderApp('/team', { reps, teamOverview: overview });

    const ben = await screen.findByRole('row', { name: 'Ben Okafor' });
    expect(within(ben).getByText('no one-on-one for 19 days')).toBeTruthy();
    expect(within(ben).getByText('3 commitments overdue')).toBeTruthy();
    expect(within(ben).getByText('follow-through 40 % (last 90 days)')).toBeTruthy();
    expect(within(ben).getByText('Meeting overdue')).toBeTruthy();
    expect(within(ben).getByText('19 days ago')).toBeTruthy();
    expect(within(ben).getByText('40 %')).toBeTruthy();
    expect(within(ben).getByText('80 %')).toBeTruthy();

    const ana = screen.getByRole('row', { name: 'Ana Silva' });
    expect(within(ana).getByText('in 3 days')).toBeTruthy();
    expect(within(ana).getByText('Nothing pressing')).toBeTruthy();

    const chloe = screen.getByRole('row', { name: 'Chloé Martin' });
    expect(within(chloe).getAllByText('—')).toHaveLength(2);
    expect(within(chloe).getAllByText('no data')).toHaveLength(2);
    expect(within(chloe).queryByText('0 %')).toBeNull();
    expect(within(chloe).getByText('None yet')).toBeTruthy();
    expect(within(chloe).getByText('None scheduled')).toBeTruthy();
  });

  test('ranks by attention first; column headers sort, with reps without data last', async () => {
    const u = userEvent.setup();
    renderApp('/team', { reps, teamOverview: overview });
    await screen.findByRole('row', { name: 'Ben Okafor' });
    expect(rowNames()).toEqual(['Ben Okafor', 'Ana Silva', 'Chloé Martin']);

    await u.click(screen.getByRole('button', { name: 'Rep' }));
    expect(rowNames()).toEqual(['Ana Silva', 'Ben Okafor', 'Chloé Martin']);
    expect(screen.getByRole('columnheader', { name: 'Rep' }).getAttribute('aria-sort')).toBe('ascending');

    await u.click(screen.getByRole('button', { name: 'Follow-through' }));
    expect(rowNames()).toEqual(['Ben Okafor', 'Ana Silva', 'Chloé Martin']);
    await u.click(screen.getByRole('button', { name: 'Follow-through' }));
    expect(rowNames()).toEqual(['Ana Silva', 'Ben Okafor', 'Chloé Martin']);

    await u.click(screen.getByRole('button', { name: 'Overdue' }));
    expect(rowNames()[0]).toBe('Ben Okafor');
  });

  test('filters by team and asks for another period', async () => {
    const u = userEvent.setup();
    const { bridge } = renderApp('/team', { reps, teamOverview: overview });
    await screen.findByRole('row', { name: 'Ben Okafor' });

    await u.click(screen.getByRole('combobox', { name: 'Filter by team' }));
    await u.click(await screen.findByRole('option', { name: 'Enterprise' }));
    await waitFor(() => expect(rowNames()).toEqual(['Ana Silva', 'Chloé Martin']));

    await u.click(screen.getByRole('radio', { name: '30 days' }));
    await waitFor(() =>
      expect(bridge.callsOf('team.overview')).toContainEqual({
        period: { kind: 'last', days: 30 },
        team: 'Enterprise',
      }),
    );
    expect(await screen.findByText(/over the last 30 days/)).toBeTruthy();
  });

  test('rows are reachable by keyboard: one tab stop, arrows move, Enter opens the rep', async () => {
    const u = userEvent.setup();
    renderApp('/team', { reps, teamOverview: overview });
    const ben = await screen.findByRole('row', { name: 'Ben Okafor' });
    expect(ben.tabIndex).toBe(0);
    expect(screen.getByRole('row', { name: 'Ana Silva' }).tabIndex).toBe(-1);

    ben.focus();
    await u.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(screen.getByRole('row', { name: 'Ana Silva' }));
    await u.keyboard('{Enter}');
    expect(await screen.findByRole('heading', { level: 1, name: /Ana Silva/ })).toBeTruthy();
    expect(window.location.hash).toBe('#/reps/1');
  });

  test('a click on a row opens the rep', async () => {
    const u = userEvent.setup();
    renderApp('/team', { reps, teamOverview: overview });
    await u.click(within(await screen.findByRole('row', { name: 'Ben Okafor' })).getByText('3 commitments overdue'));
    expect(await screen.findByRole('heading', { level: 1, name: /Ben Okafor/ })).toBeTruthy();
  });

  test('with no reps it invites the manager to add the first one', async () => {
    renderApp('/team');
    expect(await screen.findByRole('heading', { name: 'No active reps yet' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Add your first rep' })).toBeTruthy();
    expect(screen.queryByRole('table', { name: 'Team' })).toBeNull();
  });

  test('the Today card lists one-on-ones today, follow-ups due by rep and meetings overdue', async () => {
    renderApp('/team', {
      reps,
      teamOverview: overview,
      today: {
        today: FAKE_TODAY,
        oneOnOnes: [
          {
            meetingId: 7,
            repId: 1,
            repName: 'Ana Silva',
            scheduledAt: '2026-01-05T15:00:00.000Z',
            status: 'scheduled',
          },
        ],
        followUpsDue: [
          {
            repId: 2,
            repName: 'Ben Okafor',
            items: [
              {
                actionItemId: 1,
                title: 'Send proposal',
                owner: 'rep',
                dueDate: '2026-01-01',
                daysOverdue: 4,
                carryCount: 1,
              },
              { actionItemId: 2, title: 'Call Acme', owner: 'rep', dueDate: FAKE_TODAY, daysOverdue: 0, carryCount: 0 },
            ],
          },
        ],
        meetingsOverdue: [
          {
            repId: 2,
            repName: 'Ben Okafor',
            cadence: 'weekly',
            lastHeldOn: '2025-12-17',
            daysSinceLastHeld: 19,
            nextOneOnOneAt: null,
          },
        ],
      },
    });
    const todayCard = await screen.findByRole('region', { name: 'Today' });
    const oneOnOnes = within(todayCard).getByRole('region', { name: 'One-on-ones today' });
    expect(within(oneOnOnes).getByRole('link', { name: 'Ana Silva' }).getAttribute('href')).toBe('#/meetings/7');
    const due = within(todayCard).getByRole('region', { name: 'Follow-ups due' });
    expect(within(due).getByText(/2 commitments, 1 overdue/)).toBeTruthy();
    const overdue = within(todayCard).getByRole('region', { name: 'Meetings overdue' });
    expect(within(overdue).getByText(/no one-on-one for 19 days, none scheduled/)).toBeTruthy();
  });

  test('an empty day says so', async () => {
    renderApp('/team', { reps, teamOverview: overview });
    const todayCard = await screen.findByRole('region', { name: 'Today' });
    expect(within(todayCard).getByText('No one-on-ones today.')).toBeTruthy();
    expect(within(todayCard).getByText('Every rep is within their cadence.')).toBeTruthy();
  });
});
