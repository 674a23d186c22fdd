import { screen, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import type { GoalSummary } from '@shared/goals/goal';
import { FakeBridge } from '../fake-bridge';
import { emptyBrief } from '../fake-history';
import { renderApp } from '../render-app';

const goal: GoalSummary = {
  id: 9,
  repId: 1,
  title: 'Q1 pipeline',
  kind: 'metric',
  metric: 'Pipeline created',
  unit: 'currency',
  startValue: 0,
  targetValue: 100000,
  startDate: '2026-01-01',
  endDate: '2026-03-31',
  status: 'active',
  milestoneDone: false,
  closedAt: null,
  createdAt: '2026-01-01T09:00:00.000Z',
  updatedAt: '2026-01-01T09:00:00.000Z',
  latestValue: 10000,
  latestDate: '2026-01-04',
  checkInCount: 1,
  pacing: { pace: 'at_risk', progress: 0.1, expected: 0.3 },
};

const briefRegion = async () => screen.findByRole('region', { name: 'Pre-meeting brief' });

describe('pre-meeting brief', () => {
  test('a rep with no history reads "—" and says what is missing, never a made-up 0 %', async () => {
    renderApp('/reps/1', { reps: [{ name: 'Ana Ruiz' }] });
    const brief = await briefRegion();
    expect(await within(brief).findByText('No one-on-one held yet.')).toBeTruthy();
    expect(within(brief).getByTestId('brief-days-since').textContent).toContain('—');
    expect(within(brief).getByTestId('brief-follow-through').textContent).toContain('—');
    expect(within(brief).queryByText(/0 %/)).toBeNull();
    expect(within(brief).getByText('No active goals.')).toBeTruthy();
    expect(within(brief).getByText('Nothing open.')).toBeTruthy();
  });

  test('each part links to its source: the last meeting, a commitment, a goal', async () => {
    const bridge = new FakeBridge({ reps: [{ name: 'Ana Ruiz' }] });
    bridge.history.briefs.set(1, {
      ...emptyBrief(1, 'Ana Ruiz'),
      lastHeldMeetingId: 4,
      daysSinceLastOneOnOne: 6,
      lastMeeting: {
        meetingId: 4,
        scheduledAt: '2025-12-30T10:00:00.000Z',
        agreements: [],
        excerpt: 'Talked about renewals',
        excerptTruncated: true,
      },
      openCommitments: [
        {
          actionItemId: 2,
          meetingId: 3,
          goalId: null,
          title: 'Send the proposal',
          owner: 'rep',
          dueDate: '2026-01-02',
          carryCount: 2,
          overdue: true,
        },
      ],
      overdueCount: 1,
      followThrough: {
        rate: 0.75,
        dueCount: 4,
        doneCount: 3,
        period: { from: '2025-10-08', to: '2026-01-05' },
        monthly: [],
      },
      goals: [goal],
      focus: [
        {
          skillId: 1,
          name: 'Discovery questions',
          reasons: ['weakest'],
          recentAverage: 2,
          latest: 2,
          explanation: 'among the weakest: averages 2 over the last 3 ratings',
        },
      ],
    });
    renderApp('/reps/1', bridge);
    const brief = await briefRegion();
    expect(await within(brief).findByText('6 days ago')).toBeTruthy();
    expect(within(brief).getByText(/Talked about renewals…/)).toBeTruthy();
    expect(
      within(brief)
        .getByRole('link', { name: /Send the proposal/ })
        .getAttribute('href'),
    ).toBe('#/meetings/3');
    expect(within(brief).getByText('Carried 2×')).toBeTruthy();
    expect(within(brief).getByText('Overdue')).toBeTruthy();
    expect(within(brief).getByRole('link', { name: 'Q1 pipeline' }).getAttribute('href')).toBe('#/goals/9');
    expect(within(brief).getByText('At risk')).toBeTruthy();
    expect(within(brief).getByText('75 %')).toBeTruthy();
    expect(within(brief).getByText(/among the weakest/)).toBeTruthy();
    const last = within(brief).getByRole('region', { name: 'Last one-on-one' });
    expect(within(last).getByRole('link').getAttribute('href')).toBe('#/meetings/4');
  });
});
