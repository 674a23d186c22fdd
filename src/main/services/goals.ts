import type { DataSource } from 'typeorm';
import type { ApiParsedInput } from '@shared/api/contract';
import type { GoalDetail, GoalSummary, LinkedCommitment, OutcomeRecord } from '@shared/goals/goal';
import { goalChart } from '@shared/goals/goal-chart';
import { GoalEntity, type GoalRow } from '../database/entities/goal';
import { DomainError, notFound } from '../errors';
import { ACTION_ITEM_COLUMNS, localDay, toActionItem, type ActionItemSqlRow } from './action-item-rows';
import type { Clock } from './clock';
import { GOAL_SUMMARY_SELECT, toCheckIn, toGoalSummary, type CheckInSqlRow, type GoalSummarySqlRow } from './goal-rows';
import { SqlReader } from './sql';

interface OutcomeSqlRow {
  id: number;
  action_item_id: number;
  meeting_id: number;
  outcome: OutcomeRecord['outcome'];
  note: string | null;
  created_at: string;
}

type GoalFields = ApiParsedInput<'goals.create'> | ApiParsedInput<'goals.update'>;

export type GoalsService = ReturnType<typeof createGoalsService>;

/** A rep's goals: the targets, their lifecycle and the goal page. Check-ins are in goal-check-ins.ts. */
export function createGoalsService(dataSource: DataSource, clock: Clock) {
  const sql = SqlReader.from(dataSource);
  const repository = dataSource.getRepository(GoalEntity);
  const today = () => localDay(clock.now());

  const summary = (id: number): GoalSummary => {
    const row = sql.get<GoalSummarySqlRow>(`${GOAL_SUMMARY_SELECT} WHERE g.id = ?`, [id]);
    if (!row) throw notFound('goal', id);
    return toGoalSummary(row, today());
  };

  const requireRep = (id: number) => {
    if (!sql.get('SELECT 1 FROM reps WHERE id = ?', [id])) throw notFound('rep', id);
  };

  /** The columns a create or an edit sets; a milestone has no metric, unit or values. */
  const fieldColumns = (fields: GoalFields, startDefault: string): Partial<GoalRow> =>
    fields.kind === 'metric'
      ? {
          title: fields.title,
          kind: 'metric',
          metric: fields.metric,
          unit: fields.unit,
          startValue: fields.startValue,
          targetValue: fields.targetValue,
          startDate: fields.startDate,
          endDate: fields.endDate,
        }
      : {
          title: fields.title,
          kind: 'milestone',
          metric: null,
          unit: null,
          startValue: null,
          targetValue: null,
          startDate: fields.startDate ?? (startDefault < fields.endDate ? startDefault : fields.endDate),
          endDate: fields.endDate,
        };

  const commitmentsOf = (goalId: number): LinkedCommitment[] => {
    const items = sql
      .all<ActionItemSqlRow>(
        `SELECT ${ACTION_ITEM_COLUMNS} FROM action_items a WHERE a.goal_id = ? ORDER BY a.created_at, a.id`,
        [goalId],
      )
      .map(toActionItem);
    const outcomes = sql.all<OutcomeSqlRow>(
      `SELECT f.id, f.action_item_id, f.meeting_id, f.outcome, f.note, f.created_at
       FROM follow_up_checks f JOIN action_items a ON a.id = f.action_item_id
       WHERE a.goal_id = ? ORDER BY f.created_at, f.id`,
      [goalId],
    );
    return items.map((item) => ({
      ...item,
      outcomes: outcomes
        .filter((row) => row.action_item_id === item.id)
        .map((row) => ({
          followUpCheckId: row.id,
          meetingId: row.meeting_id,
          outcome: row.outcome,
          note: row.note,
          createdAt: row.created_at,
        })),
    }));
  };

  const setStatus = async (id: number, status: 'active' | 'closed'): Promise<GoalSummary> => {
    const goal = summary(id);
    if (goal.status !== status) {
      const now = clock.now().toISOString();
      await repository.update({ id }, { status, closedAt: status === 'closed' ? now : null, updatedAt: now });
    }
    return summary(id);
  };

  return {
    summary,

    listForRep({ repId, status }: ApiParsedInput<'goals.listForRep'>): GoalSummary[] {
      requireRep(repId);
      const day = today();
      // Active goals first, the ones ending soonest on top; closed ones after, latest first.
      return sql
        .all<GoalSummarySqlRow>(
          `${GOAL_SUMMARY_SELECT} WHERE g.rep_id = @repId AND (@status = 'all' OR g.status = @status)
           ORDER BY g.status = 'closed', CASE WHEN g.status = 'active' THEN g.end_date END, g.end_date DESC, g.id`,
          { repId, status },
        )
        .map((row) => toGoalSummary(row, day));
    },

    get(id: number): GoalDetail {
      const goal = summary(id);
      const checkIns = sql
        .all<CheckInSqlRow>('SELECT * FROM goal_check_ins WHERE goal_id = ? ORDER BY date, id', [id])
        .map(toCheckIn);
      const chart =
        goal.kind === 'metric' && goal.startValue !== null && goal.targetValue !== null
          ? goalChart(
              {
                startValue: goal.startValue,
                targetValue: goal.targetValue,
                startDate: goal.startDate,
                endDate: goal.endDate,
              },
              checkIns,
              today(),
            )
          : null;
      return { ...goal, checkIns, chart, commitments: commitmentsOf(id) };
    },

    async create(input: ApiParsedInput<'goals.create'>): Promise<GoalSummary> {
      requireRep(input.repId);
      const now = clock.now().toISOString();
      const inserted = await repository.insert({
        repId: input.repId,
        ...fieldColumns(input, today()),
        status: 'active',
        milestoneDone: 0,
        closedAt: null,
        createdAt: now,
        updatedAt: now,
      });
      return summary(Number(inserted.identifiers[0]?.id));
    },

    async update(input: ApiParsedInput<'goals.update'>): Promise<GoalSummary> {
      const current = summary(input.id);
      if (current.kind !== input.kind) {
        throw new DomainError(
          'conflict',
          `This goal is a ${current.kind} goal and stays one; close it and create a ${input.kind} goal instead.`,
          'kind',
        );
      }
      const columns = fieldColumns(input, current.startDate);
      const outside = sql.get<{ n: number }>(
        'SELECT count(*) AS n FROM goal_check_ins WHERE goal_id = ? AND (date < ? OR date > ?)',
        [input.id, columns.startDate, columns.endDate],
      );
      if (outside && outside.n > 0) {
        throw new DomainError(
          'invalid_input',
          `${outside.n} check-in${outside.n === 1 ? ' falls' : 's fall'} outside the new period; widen it or remove ${outside.n === 1 ? 'that check-in' : 'those check-ins'} first.`,
          'startDate',
        );
      }
      await repository.update({ id: input.id }, { ...columns, updatedAt: clock.now().toISOString() });
      return summary(input.id);
    },

    close: (id: number) => setStatus(id, 'closed'),
    reopen: (id: number) => setStatus(id, 'active'),

    async setMilestoneDone({ id, done }: ApiParsedInput<'goals.setMilestoneDone'>): Promise<GoalSummary> {
      const goal = summary(id);
      if (goal.kind !== 'milestone') {
        throw new DomainError(
          'invalid_input',
          'Only a milestone goal is marked done; record a check-in for a metric goal.',
          'done',
        );
      }
      await repository.update({ id }, { milestoneDone: done ? 1 : 0, updatedAt: clock.now().toISOString() });
      return summary(id);
    },
  };
}
