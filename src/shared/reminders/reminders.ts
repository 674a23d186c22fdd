import type { Cadence } from '../reps/rep';

export interface TodayOneOnOne {
  meetingId: number;
  repId: number;
  repName: string;
  scheduledAt: string;
  status: 'scheduled' | 'held';
}

export interface DueFollowUp {
  actionItemId: number;
  title: string;
  owner: 'rep' | 'manager';
  dueDate: string;
  /** 0 when due today. */
  daysOverdue: number;
  carryCount: number;
}

export interface RepFollowUps {
  repId: number;
  repName: string;
  items: DueFollowUp[];
}

export interface OverdueMeeting {
  repId: number;
  repName: string;
  cadence: Cadence;
  lastHeldOn: string | null;
  daysSinceLastHeld: number | null;
  nextOneOnOneAt: string | null;
}

/** The "Today" list. */
export interface TodayReminders {
  today: string;
  oneOnOnes: TodayOneOnOne[];
  /** Open items due today or overdue, by rep (reps in name order, items oldest due first). */
  followUpsDue: RepFollowUps[];
  meetingsOverdue: OverdueMeeting[];
}
