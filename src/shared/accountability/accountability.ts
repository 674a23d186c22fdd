import { z } from 'zod';
import type { FollowUpOutcome } from '../follow-ups/follow-up';
import type { Cadence } from '../reps/rep';
import { calendarDate, entityId } from '../validation';
import type { AccountabilityFigures, CommitmentOwner, MonthlyPoint } from './figures';
import type { ResolvedPeriod } from './period';

/** The period of the accountability figures; the team view defaults to the last 90 days. */
export const periodSchema = z.union(
  [
    z.object({
      kind: z.literal('last'),
      days: z.union([z.literal(30), z.literal(90), z.literal(365)], {
        message: 'Period must be the last 30, 90 or 365 days',
      }),
    }),
    z
      .object({ kind: z.literal('custom'), from: calendarDate('Period start'), to: calendarDate('Period end') })
      .refine((period) => period.from <= period.to, {
        message: 'The period must end on or after its start',
        path: ['to'],
      }),
  ],
  { message: 'Period must be the last 30, 90 or 365 days or a custom range' },
);

export const DEFAULT_PERIOD = { kind: 'last', days: 90 } as const;

export const teamOverviewSchema = z.object({
  period: periodSchema.default(DEFAULT_PERIOD),
  team: z.string().trim().max(80).nullish(),
});

export const repAccountabilitySchema = z.object({
  repId: entityId('Rep id'),
  period: periodSchema.default(DEFAULT_PERIOD),
});

/** One row of the team view (the home screen). */
export interface TeamOverviewRow {
  repId: number;
  repName: string;
  team: string | null;
  cadence: Cadence;
  /** ISO instant of the next scheduled one-on-one from today on. */
  nextOneOnOneAt: string | null;
  /** ISO instant and calendar day of the last held one-on-one. */
  lastHeldAt: string | null;
  lastHeldOn: string | null;
  daysSinceLastHeld: number | null;
  meetingOverdue: boolean;
  /** The rep's own commitments, as of today. */
  openCommitments: number;
  overdueCommitments: number;
  /** Over the chosen period; null is "no data". */
  dueCount: number;
  followThroughRate: number | null;
  coverageRate: number | null;
  /** The last 6 calendar months, oldest first. */
  trend: MonthlyPoint[];
  attentionScore: number;
  /** In words, most important first: "3 commitments overdue", "no one-on-one for 19 days". */
  attentionReasons: string[];
}

export interface TeamOverview {
  today: string;
  period: ResolvedPeriod;
  /** Highest attention score first, then by name. */
  rows: TeamOverviewRow[];
}

export interface CheckHistoryEntry {
  meetingId: number;
  meetingScheduledAt: string;
  outcome: FollowUpOutcome;
  note: string | null;
  newDueDate: string | null;
  previousDueDate: string | null;
  createdAt: string;
}

export interface CommitmentWithHistory {
  id: number;
  title: string;
  owner: CommitmentOwner;
  status: 'open' | 'done' | 'dropped';
  dueDate: string | null;
  completedOn: string | null;
  carryCount: number;
  createdAt: string;
  meetingId: number | null;
  meetingScheduledAt: string | null;
  /** Every follow-up check, oldest first. */
  checks: CheckHistoryEntry[];
}

export interface OwnerAccountability {
  figures: AccountabilityFigures;
  /** The last 12 calendar months, oldest first. */
  monthly: MonthlyPoint[];
}

/** The rep page's accountability tab. */
export interface RepAccountability {
  repId: number;
  today: string;
  period: ResolvedPeriod;
  rep: OwnerAccountability;
  /** The manager's own commitments to this rep: managers are accountable too. */
  manager: OwnerAccountability;
  /**
   * The rep's and the manager's commitments that are open, or due or made in the period,
   * newest due date first (items without one last).
   */
  commitments: CommitmentWithHistory[];
}
