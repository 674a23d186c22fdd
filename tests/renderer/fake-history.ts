import type { ApiMethod, ApiOutput, ApiParsedInput } from '@shared/api/contract';
import type { PreMeetingBrief } from '@shared/brief/brief';
import { readCheckInCsv } from '@shared/goals/check-in-import';
import type { GoalCheckIn, GoalDetail, GoalSummary, LinkedCommitment } from '@shared/goals/goal';
import { goalChart } from '@shared/goals/goal-chart';
import type { SearchHit } from '@shared/search/search';
import type { Skill, SkillRating } from '@shared/skills/skill';
import { FakeApiError } from './fake-meeting-data';

type HistoryMethod = Extract<ApiMethod, `${'goals' | 'skills' | 'brief' | 'timeline' | 'search'}.${string}`>;
type HistoryHandlers = { [K in HistoryMethod]: (input: ApiParsedInput<K>) => ApiOutput<K> };

const NOW = '2026-01-05T09:00:00.000Z';

/** An empty brief: what a rep with no history gets ("—" and "none yet" everywhere). */
export const emptyBrief = (repId: number, repName: string): PreMeetingBrief => ({
  repId,
  repName,
  today: '2026-01-05',
  lastHeldMeetingId: null,
  daysSinceLastOneOnOne: null,
  lastMeeting: null,
  openCommitments: [],
  overdueCount: 0,
  followThrough: {
    rate: null,
    dueCount: 0,
    doneCount: 0,
    period: { from: '2025-10-08', to: '2026-01-05' },
    monthly: [],
  },
  goals: [],
  focus: [],
  talkingPoints: [],
});

/**
 * Rep history in memory: briefs, search hits and goals are what a test puts here;
 * the CSV check runs the shared reader, so line numbers are the real ones.
 */
export class FakeHistory {
  briefs = new Map<number, PreMeetingBrief>();
  searchHits: SearchHit[] = [];
  goals: GoalSummary[] = [];
  checkIns: GoalCheckIn[] = [];
  skills: Skill[] = [];
  ratings: SkillRating[] = [];
  imported = 0;
  private nextId = 500;

  constructor(
    private readonly repName: (id: number) => string,
    /** The action items linked to a goal (they live in fake-meeting-data.ts). */
    private readonly commitmentsOf: (goalId: number) => LinkedCommitment[],
  ) {}

  private goal(id: number): GoalSummary {
    const goal = this.goals.find((candidate) => candidate.id === id);
    if (!goal) throw new FakeApiError('not_found', 'That goal no longer exists.');
    return goal;
  }

  /** The goal page: its check-ins oldest first and, for a metric goal, the chart main would draw. */
  private detail(goal: GoalSummary): GoalDetail {
    const checkIns = this.checkIns
      .filter((checkIn) => checkIn.goalId === goal.id)
      .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id - b.id));
    const { startValue, targetValue } = goal;
    const chart =
      startValue === null || targetValue === null
        ? null
        : goalChart({ ...goal, startValue, targetValue }, checkIns, NOW.slice(0, 10));
    return { ...goal, checkIns, chart, commitments: this.commitmentsOf(goal.id) };
  }

  private notFaked(): never {
    throw new FakeApiError('not_found', 'Not faked.');
  }

  readonly handlers: HistoryHandlers = {
    'brief.forRep': ({ repId }) => this.briefs.get(repId) ?? emptyBrief(repId, this.repName(repId)),
    'search.query': ({ repId }) => this.searchHits.filter((hit) => !repId || hit.repId === repId),
    'goals.listForRep': ({ repId, status }) =>
      this.goals.filter((goal) => goal.repId === repId && (status === 'all' || goal.status === status)),
    'goals.get': ({ id }): GoalDetail => this.detail(this.goal(id)),
    'goals.create': (input) => {
      const goal: GoalSummary = {
        id: this.nextId++,
        metric: null,
        unit: null,
        startValue: null,
        targetValue: null,
        startDate: '2026-01-05',
        ...input,
        status: 'active',
        milestoneDone: false,
        closedAt: null,
        createdAt: NOW,
        updatedAt: NOW,
        latestValue: null,
        latestDate: null,
        checkInCount: 0,
        pacing: null,
      };
      this.goals.push(goal);
      return goal;
    },
    'goals.update': ({ id, ...fields }) => Object.assign(this.goal(id), fields),
    'goals.close': ({ id }) => Object.assign(this.goal(id), { status: 'closed' }),
    'goals.reopen': ({ id }) => Object.assign(this.goal(id), { status: 'active' }),
    'goals.setMilestoneDone': ({ id, done }) => Object.assign(this.goal(id), { milestoneDone: done }),
    'goals.checkImport': ({ csv }) => {
      const read = readCheckInCsv(csv);
      return { rowCount: read.rowCount, problems: read.problems };
    },
    'goals.importCheckIns': ({ csv }) => {
      const read = readCheckInCsv(csv);
      if (read.problems.length > 0)
        throw new FakeApiError('invalid_input', read.problems.map((p) => p.message).join(' '));
      this.imported += read.rows.length;
      return { imported: read.rows.length, goalCount: new Set(read.rows.map((row) => row.goalTitle)).size };
    },
    'goals.addCheckIn': ({ goalId, date, value, note, meetingId }) => {
      this.goal(goalId);
      const checkIn = { id: this.nextId++, goalId, meetingId: meetingId ?? null, date, value, note, createdAt: NOW };
      this.checkIns.push(checkIn);
      return checkIn;
    },
    'goals.updateCheckIn': ({ id, date, value, note }) => {
      const checkIn = this.checkIns.find((candidate) => candidate.id === id);
      if (!checkIn) throw new FakeApiError('not_found', 'That check-in no longer exists.');
      return Object.assign(checkIn, { date, value, note });
    },
    'goals.removeCheckIn': () => this.notFaked(),
    'skills.list': ({ includeRetired }) => this.skills.filter((skill) => includeRetired || skill.retiredAt === null),
    'skills.ratingsForMeeting': ({ meetingId }) => this.ratings.filter((rating) => rating.meetingId === meetingId),
    'skills.trendsForRep': ({ repId }) => ({ repId, skills: [], focus: [] }),
    'skills.add': () => this.notFaked(),
    'skills.clearRating': () => this.notFaked(),
    'skills.rate': () => this.notFaked(),
    'skills.rename': () => this.notFaked(),
    'skills.reorder': () => this.notFaked(),
    'skills.restore': () => this.notFaked(),
    'skills.retire': () => this.notFaked(),
    'timeline.page': () => ({ entries: [], nextCursor: null }),
    'timeline.entry': () => this.notFaked(),
  };
}
