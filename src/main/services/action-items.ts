import type { DataSource } from 'typeorm';
import type { ActionItem, ActionItemListItem } from '@shared/action-items/action-item';
import type { ApiParsedInput } from '@shared/api/contract';
import { ActionItemEntity, type ActionItemRow } from '../database/entities/action-item';
import { DomainError, notFound } from '../errors';
import { ACTION_ITEM_COLUMNS, closingColumns, localDay, toActionItem, type ActionItemSqlRow } from './action-item-rows';
import type { Clock } from './clock';
import { SqlReader } from './sql';

interface ListRow extends ActionItemSqlRow {
  rep_name: string;
  meeting_scheduled_at: string | null;
}

// Newest due date first (ties in the order they were agreed), items without one last; the (status, due_date) index serves the
// overdue filter across the team, the (rep_id, status) index the per-rep list.
const LIST_SQL = `
  SELECT ${ACTION_ITEM_COLUMNS}, r.name AS rep_name, m.scheduled_at AS meeting_scheduled_at
  FROM action_items a
  JOIN reps r ON r.id = a.rep_id
  LEFT JOIN meetings m ON m.id = a.meeting_id
  WHERE (@repId IS NULL OR a.rep_id = @repId)
    AND (@status = 'all' OR a.status = @status)
    AND (@owner = 'all' OR a.owner = @owner)
    AND (@overdueOnly = 0 OR (a.status = 'open' AND a.due_date < @today))
  ORDER BY a.due_date IS NULL, a.due_date DESC, a.id
  LIMIT @limit`;

export type ActionItemsService = ReturnType<typeof createActionItemsService>;

/** The action-item lists and the form. Items typed in a note are created by meeting-notes.ts. */
export function createActionItemsService(dataSource: DataSource, clock: Clock) {
  const sql = SqlReader.from(dataSource);
  const repository = dataSource.getRepository(ActionItemEntity);

  const get = (id: number): ActionItem => {
    const row = sql.get<ActionItemSqlRow>(`SELECT ${ACTION_ITEM_COLUMNS} FROM action_items a WHERE a.id = ?`, [id]);
    if (!row) throw notFound('action item', id);
    return toActionItem(row);
  };

  const requireRep = (id: number) => {
    if (!sql.get('SELECT 1 FROM reps WHERE id = ?', [id])) throw notFound('rep', id);
  };

  // Archiving hides a rep (docs/product-rules.md): new commitments wait until they are back, as new one-on-ones do.
  const requireActiveRep = (id: number) => {
    const rep = sql.get<{ name: string; status: string }>('SELECT name, status FROM reps WHERE id = ?', [id]);
    if (!rep) throw notFound('rep', id);
    if (rep.status === 'archived') {
      throw new DomainError('conflict', `${rep.name} is archived. Unarchive the rep to add an action item.`);
    }
  };

  const requireGoalOfRep = (goalId: number, repId: number) => {
    const goal = sql.get<{ rep_id: number }>('SELECT rep_id FROM goals WHERE id = ?', [goalId]);
    if (!goal) throw notFound('goal', goalId);
    if (goal.rep_id !== repId) {
      throw new DomainError(
        'invalid_input',
        'That goal belongs to another rep; pick one of this rep’s goals.',
        'goalId',
      );
    }
  };

  return {
    get,

    list(input: ApiParsedInput<'actionItems.list'>): ActionItemListItem[] {
      if (input.repId !== undefined) requireRep(input.repId);
      const rows = sql.all<ListRow>(LIST_SQL, {
        repId: input.repId ?? null,
        status: input.status,
        owner: input.owner,
        overdueOnly: input.overdueOnly ? 1 : 0,
        today: localDay(clock.now()),
        limit: input.limit,
      });
      return rows.map((row) => ({
        ...toActionItem(row),
        repName: row.rep_name,
        meetingScheduledAt: row.meeting_scheduled_at,
      }));
    },

    async create(input: ApiParsedInput<'actionItems.create'>): Promise<ActionItem> {
      requireActiveRep(input.repId);
      if (input.goalId) requireGoalOfRep(input.goalId, input.repId);
      let position = 0;
      if (input.meetingId) {
        const meeting = sql.get<{ rep_id: number; next_position: number }>(
          'SELECT rep_id, (SELECT coalesce(max(position) + 1, 0) FROM action_items WHERE meeting_id = m.id) AS next_position FROM meetings m WHERE id = ?',
          [input.meetingId],
        );
        if (!meeting) throw notFound('one-on-one', input.meetingId);
        if (meeting.rep_id !== input.repId) {
          throw new DomainError(
            'invalid_input',
            'That one-on-one is with another rep; pick one of this rep’s one-on-ones.',
            'meetingId',
          );
        }
        position = meeting.next_position;
      }
      const now = clock.now().toISOString();
      const inserted = await repository.insert({
        repId: input.repId,
        meetingId: input.meetingId ?? null,
        goalId: input.goalId ?? null,
        title: input.title,
        owner: input.owner,
        dueDate: input.dueDate ?? null,
        status: 'open',
        carryCount: 0,
        completedOn: null,
        closedAt: null,
        position,
        createdAt: now,
        updatedAt: now,
      });
      return get(Number(inserted.identifiers[0]?.id));
    },

    /** A commitment serving a goal: the goal page lists it with its follow-up outcomes. */
    async linkGoal({ id, goalId }: ApiParsedInput<'actionItems.linkGoal'>): Promise<ActionItem> {
      const item = get(id);
      if (goalId !== null) requireGoalOfRep(goalId, item.repId);
      await repository.update({ id }, { goalId, updatedAt: clock.now().toISOString() });
      return get(id);
    },

    /** Edits from the lists; the note shows them the next time it opens. */
    async update({ id, ...fields }: ApiParsedInput<'actionItems.update'>): Promise<ActionItem> {
      const current = get(id);
      const now = clock.now();
      const changes: Partial<ActionItemRow> = { updatedAt: now.toISOString() };
      if (fields.title !== undefined) changes.title = fields.title;
      if (fields.owner !== undefined) changes.owner = fields.owner;
      if (fields.dueDate !== undefined) changes.dueDate = fields.dueDate;
      if (fields.status !== undefined && fields.status !== current.status) {
        Object.assign(changes, { status: fields.status, ...closingColumns(fields.status, now) });
      }
      await repository.update({ id }, changes);
      return get(id);
    },
  };
}
