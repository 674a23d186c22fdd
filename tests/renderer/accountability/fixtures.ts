import type { RepAccountability, TeamOverviewRow } from '@shared/accountability/accountability';
import type { AccountabilityFigures, MonthlyPoint } from '@shared/accountability/figures';
import type { FollowUpPanel, FollowUpPanelItem } from '@shared/follow-ups/follow-up';
import { FAKE_TODAY } from '../fake-bridge';

export const months = (rates: Array<number | null>): MonthlyPoint[] =>
  rates.map((rate, index) => ({
    month: `2025-${String(index + 1).padStart(2, '0')}`,
    dueCount: rate === null ? 0 : 4,
    followThroughRate: rate,
    onTimeRate: rate,
    coverageRate: rate,
  }));

export function teamRow(fields: Partial<TeamOverviewRow> & { repId: number; repName: string }): TeamOverviewRow {
  return {
    team: null,
    cadence: 'weekly',
    nextOneOnOneAt: null,
    lastHeldAt: null,
    lastHeldOn: null,
    daysSinceLastHeld: null,
    meetingOverdue: false,
    openCommitments: 0,
    overdueCommitments: 0,
    dueCount: 0,
    followThroughRate: null,
    coverageRate: null,
    trend: months([null, null, null, null, null, null]),
    attentionScore: 0,
    attentionReasons: [],
    ...fields,
  };
}

export function panelItem(
  fields: Partial<FollowUpPanelItem> & { actionItemId: number; title: string },
): FollowUpPanelItem {
  return {
    owner: 'rep',
    status: 'open',
    dueDate: '2025-12-20',
    daysOverdue: 16,
    carryCount: 0,
    originMeetingId: 1,
    originMeetingAt: '2025-12-15T10:00:00.000Z',
    createdAt: '2025-12-15T10:20:00.000Z',
    check: null,
    ...fields,
  };
}

export function followUpPanel(items: FollowUpPanelItem[]): FollowUpPanel {
  return {
    meetingId: 2,
    repId: 1,
    repName: 'Ana Silva',
    meetingScheduledAt: `${FAKE_TODAY}T10:00:00.000Z`,
    meetingDay: FAKE_TODAY,
    meetingStatus: 'scheduled',
    items,
  };
}

export const noFigures: AccountabilityFigures = {
  dueCount: 0,
  doneCount: 0,
  onTimeCount: 0,
  coveredCount: 0,
  followThroughRate: null,
  onTimeRate: null,
  coverageRate: null,
  averageDaysOverdue: null,
  openCount: 0,
  overdueCount: 0,
};

export function repAccountability(fields: Partial<RepAccountability> = {}): RepAccountability {
  return {
    repId: 1,
    today: FAKE_TODAY,
    period: { from: '2025-10-08', to: FAKE_TODAY, label: 'last 90 days' },
    rep: { figures: noFigures, monthly: months(Array.from({ length: 12 }, () => null)) },
    manager: { figures: noFigures, monthly: months(Array.from({ length: 12 }, () => null)) },
    commitments: [],
    ...fields,
  };
}
