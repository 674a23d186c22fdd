import type { DataSource } from 'typeorm';
import type { ApiParsedInput } from '@shared/api/contract';
import {
  readCheckInCsv,
  type CheckInImportCheck,
  type CheckInImportResult,
  type ImportProblem,
} from '@shared/goals/check-in-import';
import type { GoalCheckIn } from '@shared/goals/goal';
import { GoalCheckInEntity } from '../database/entities/goal-check-in';
import { DomainError, notFound } from '../errors';
import type { Clock } from './clock';
import { toCheckIn, type CheckInSqlRow, type GoalSqlRow } from './goal-rows';
import { SqlReader } from './sql';

/** The problems an import lists at most; a file with more is wrong throughout anyway. */
const MAX_LISTED_PROBLEMS = 500;
/** The problems quoted in the error message of a refused import. */
const PROBLEMS_IN_MESSAGE = 10;

type ImportGoal = Pick<GoalSqlRow, 'id' | 'rep_id' | 'title' | 'kind' | 'status' | 'start_date' | 'end_date'>;

interface ResolvedRow {
  goalId: number;
  date: string;
  value: number;
  note: string | null;
}

export type GoalCheckInsService = ReturnType<typeof createGoalCheckInsService>;

/** The values recorded against metric goals: one at a time (goal page, one-on-one) or from a CSV. */
export function createGoalCheckInsService(dataSource: DataSource, clock: Clock) {
  const sql = SqlReader.from(dataSource);
  const repository = dataSource.getRepository(GoalCheckInEntity);

  const get = (id: number): GoalCheckIn => {
    const row = sql.get<CheckInSqlRow>('SELECT * FROM goal_check_ins WHERE id = ?', [id]);
    if (!row) throw notFound('check-in', id);
    return toCheckIn(row);
  };

  /** A check-in needs an active metric goal and a day inside its period. */
  const goalAccepting = (goalId: number, date: string): GoalSqlRow => {
    const goal = sql.get<GoalSqlRow>('SELECT * FROM goals WHERE id = ?', [goalId]);
    if (!goal) throw notFound('goal', goalId);
    if (goal.kind !== 'metric') {
      throw new DomainError(
        'invalid_input',
        'A milestone goal has no value to check in; mark it done instead.',
        'goalId',
      );
    }
    if (goal.status === 'closed') {
      throw new DomainError('conflict', `“${goal.title}” is closed. Reopen it to record a check-in.`);
    }
    if (date < goal.start_date || date > goal.end_date) {
      throw new DomainError(
        'invalid_input',
        `The date must fall in the goal's period, ${goal.start_date} to ${goal.end_date}.`,
        'date',
      );
    }
    return goal;
  };

  const resolveImport = (csv: string): { rowCount: number; rows: ResolvedRow[]; problems: ImportProblem[] } => {
    const read = readCheckInCsv(csv);
    const problems = [...read.problems];
    const reps = new Map(
      sql
        .all<{ id: number; email: string }>('SELECT id, lower(email) AS email FROM reps WHERE email IS NOT NULL')
        .map((rep) => [rep.email, rep.id]),
    );
    const goalsByRep = new Map<number, ImportGoal[]>();
    for (const goal of sql.all<ImportGoal>('SELECT id, rep_id, title, kind, status, start_date, end_date FROM goals')) {
      const list = goalsByRep.get(goal.rep_id);
      if (list) list.push(goal);
      else goalsByRep.set(goal.rep_id, [goal]);
    }
    const rows: ResolvedRow[] = [];
    for (const row of read.rows) {
      const problem = (message: string) => problems.push({ line: row.line, message: `Line ${row.line}: ${message}` });
      const repId = reps.get(row.repEmail.toLowerCase());
      if (repId === undefined) {
        problem(`no rep has the email ${row.repEmail}.`);
        continue;
      }
      const title = row.goalTitle.toLowerCase();
      const named = (goalsByRep.get(repId) ?? []).filter((goal) => goal.title.trim().toLowerCase() === title);
      // Goals are often renewed under the same title; the active one is the one being tracked.
      const candidates = named.length > 1 ? named.filter((goal) => goal.status === 'active') : named;
      const goal = candidates[0];
      if (!goal) {
        problem(`${row.repEmail} has no goal called “${row.goalTitle}”.`);
      } else if (candidates.length > 1) {
        problem(`${row.repEmail} has ${candidates.length} active goals called “${row.goalTitle}”; rename one.`);
      } else if (goal.kind !== 'metric') {
        problem(`“${goal.title}” is a milestone goal; it has no value to import.`);
      } else if (goal.status === 'closed') {
        problem(`“${goal.title}” is closed; reopen it to import check-ins.`);
      } else if (row.date < goal.start_date || row.date > goal.end_date) {
        problem(`${row.date} is outside the period of “${goal.title}” (${goal.start_date} to ${goal.end_date}).`);
      } else {
        rows.push({ goalId: goal.id, date: row.date, value: row.value, note: row.note });
      }
    }
    problems.sort((a, b) => a.line - b.line);
    return { rowCount: read.rowCount, rows, problems };
  };

  return {
    get,

    async add(input: ApiParsedInput<'goals.addCheckIn'>): Promise<GoalCheckIn> {
      const goal = goalAccepting(input.goalId, input.date);
      if (input.meetingId) {
        const meeting = sql.get<{ rep_id: number }>('SELECT rep_id FROM meetings WHERE id = ?', [input.meetingId]);
        if (!meeting) throw notFound('one-on-one', input.meetingId);
        if (meeting.rep_id !== goal.rep_id) {
          throw new DomainError('invalid_input', 'That one-on-one is with another rep than the goal’s.', 'meetingId');
        }
      }
      const inserted = await repository.insert({
        goalId: goal.id,
        meetingId: input.meetingId ?? null,
        date: input.date,
        value: input.value,
        note: input.note,
        createdAt: clock.now().toISOString(),
      });
      return get(Number(inserted.identifiers[0]?.id));
    },

    async update({ id, date, value, note }: ApiParsedInput<'goals.updateCheckIn'>): Promise<GoalCheckIn> {
      const current = get(id);
      goalAccepting(current.goalId, date);
      await repository.update({ id }, { date, value, note });
      return get(id);
    },

    async remove(id: number): Promise<null> {
      get(id);
      await repository.delete({ id });
      return null;
    },

    checkImport(csv: string): CheckInImportCheck {
      const { rowCount, problems } = resolveImport(csv);
      return { rowCount, problems: problems.slice(0, MAX_LISTED_PROBLEMS) };
    },

    /** All rows or none: the file is checked in full before the one transaction that writes it. */
    importCheckIns(csv: string): CheckInImportResult {
      const { rows, problems } = resolveImport(csv);
      if (problems.length > 0) {
        const listed = problems.slice(0, PROBLEMS_IN_MESSAGE).map((problem) => problem.message);
        const more = problems.length - listed.length;
        throw new DomainError(
          'invalid_input',
          `Nothing was imported. ${listed.join(' ')}${more > 0 ? ` …and ${more} more problem${more === 1 ? '' : 's'}.` : ''}`,
          'csv',
        );
      }
      const createdAt = clock.now().toISOString();
      // Prepared statements in one synchronous transaction: thousands of rows in milliseconds, and no other call interleaves.
      sql.transaction(() => {
        for (const row of rows) {
          sql.run(
            'INSERT INTO goal_check_ins (goal_id, meeting_id, date, value, note, created_at) VALUES (?, NULL, ?, ?, ?, ?)',
            [row.goalId, row.date, row.value, row.note, createdAt],
          );
        }
      });
      return { imported: rows.length, goalCount: new Set(rows.map((row) => row.goalId)).size };
    },
  };
}
