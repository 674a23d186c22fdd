import type { DataSource } from 'typeorm';
import type { ApiParsedInput } from '@shared/api/contract';
import type { SaveNotesResult } from '@shared/meetings/meeting';
import { extractTaskItems, setTaskItemIds, type ExtractedTaskItem } from '@shared/notes/task-items';
import { tiptapToPlainText, type TiptapDoc } from '@shared/notes/tiptap-json';
import { planTaskItemSync, type ActionItemChanges, type MeetingActionItem } from '../domain/task-item-sync';
import { DomainError, notFound } from '../errors';
import { closingColumns, localDay, toActionItem, type ActionItemSqlRow } from './action-item-rows';
import type { Clock } from './clock';
import { MEETING_ACTION_ITEMS_SQL, parseDoc } from './meeting-rows';
import { SqlReader } from './sql';

export const STALE_NOTES_MESSAGE =
  'These notes were changed in another window since you opened them. Reload to see the newer version; your text was not saved over it.';

interface SavingMeetingRow {
  id: number;
  rep_id: number;
  scheduled_at: string;
  shared_notes_json: string | null;
  notes_revision: number;
}

interface SyncItemRow {
  id: number;
  title: string;
  owner: MeetingActionItem['owner'];
  due_date: string | null;
  status: MeetingActionItem['status'];
  position: number;
  completed_on: string | null;
  closed_at: string | null;
}

const SQL = {
  meeting: 'SELECT id, rep_id, scheduled_at, shared_notes_json, notes_revision FROM meetings WHERE id = ?',
  items:
    'SELECT id, title, owner, due_date, status, position, completed_on, closed_at FROM action_items WHERE meeting_id = ?',
  nextMeeting: `SELECT min(scheduled_at) AS scheduled_at FROM meetings
    WHERE rep_id = ? AND status = 'scheduled' AND scheduled_at > ?`,
  // Its own statement: the FTS trigger fires on any UPDATE OF title, changed or not.
  rename: 'UPDATE action_items SET title = @title, updated_at = @now WHERE id = @id',
  updateItem: `UPDATE action_items SET owner = @owner, due_date = @dueDate, status = @status, completed_on = @completedOn,
    closed_at = @closedAt, position = @position, updated_at = @now WHERE id = @id`,
  insertItem: `INSERT INTO action_items (rep_id, meeting_id, goal_id, title, owner, due_date, status, carry_count, completed_on,
    closed_at, position, created_at, updated_at)
    VALUES (@repId, @meetingId, NULL, @title, @owner, @dueDate, @status, 0, @completedOn, @closedAt, @position, @now, @now)`,
} as const;

export type MeetingNotesService = ReturnType<typeof createMeetingNotesService>;

/**
 * Saving notes, the path the manager's typing hits every second or so. One synchronous SQLite
 * transaction of prepared statements: the revision check, the action-item sync and the notes
 * write (with its FTS update) happen together or not at all.
 */
export function createMeetingNotesService(dataSource: DataSource, clock: Clock) {
  const sql = SqlReader.from(dataSource);

  /** Applies the shared notes' task items to action items; returns the doc with every id written in. */
  const syncSharedNotes = (meeting: SavingMeetingRow, doc: TiptapDoc, now: Date) => {
    const taskItems = extractTaskItems(doc);
    const rows = sql.all<SyncItemRow>(SQL.items, [meeting.id]);
    const rowsById = new Map(rows.map((row) => [row.id, row]));
    const plan = planTaskItemSync({
      taskItems,
      meetingItems: rows.map((row) => ({ ...row, dueDate: row.due_date })),
      previousTaskItems: previousTaskItems(meeting),
      defaultDueDate: taskItems.some((item) => item.actionItemId === null) ? nextMeetingDay(meeting) : null,
    });
    const stamp = now.toISOString();
    for (const { id, changes } of plan.updates) {
      const row = rowsById.get(id);
      if (row) updateItem(row, changes, now);
    }
    for (const id of plan.drops) {
      const row = rowsById.get(id);
      if (row) updateItem(row, { status: 'dropped' }, now);
    }
    const ids = new Map(plan.reusedIds);
    const assigned: Record<string, number> = {};
    for (const item of plan.creates) {
      const { lastInsertRowid: id } = sql.run(SQL.insertItem, {
        repId: meeting.rep_id,
        meetingId: meeting.id,
        title: item.title,
        owner: item.owner,
        dueDate: item.dueDate,
        status: item.status,
        ...closingColumns(item.status, now),
        position: item.position,
        now: stamp,
      });
      ids.set(item.index, id);
      if (item.clientKey) assigned[item.clientKey] = id;
    }
    const savedTaskItems = taskItems.map((item) => {
      const id = ids.get(item.index);
      return id === undefined ? item : { ...item, actionItemId: id };
    });
    return { doc: ids.size > 0 ? setTaskItemIds(doc, ids) : doc, assigned, savedTaskItems };
  };

  /*
   * The task items of the notes as last saved, remembered per meeting so an autosave need not
   * re-parse the stored note (tens of kB) to learn them. Keyed by revision: any other writer
   * bumps it, so a stale entry is never used.
   */
  const lastSaved = new Map<number, { revision: number; taskItems: ExtractedTaskItem[] }>();
  const previousTaskItems = (meeting: SavingMeetingRow): ExtractedTaskItem[] => {
    const cached = lastSaved.get(meeting.id);
    if (cached && cached.revision === meeting.notes_revision) return cached.taskItems;
    return meeting.shared_notes_json ? extractTaskItems(parseDoc(meeting.shared_notes_json)) : [];
  };

  /** New items are due at the rep's next one-on-one after this one, a calendar day in local time. */
  const nextMeetingDay = (meeting: SavingMeetingRow): string | null => {
    const next = sql.get<{ scheduled_at: string | null }>(SQL.nextMeeting, [meeting.rep_id, meeting.scheduled_at]);
    return next?.scheduled_at ? localDay(new Date(next.scheduled_at)) : null;
  };

  const updateItem = (row: SyncItemRow, changes: ActionItemChanges, now: Date) => {
    const stamp = now.toISOString();
    if (changes.title !== undefined) sql.run(SQL.rename, { id: row.id, title: changes.title, now: stamp });
    const { title: _title, ...rest } = changes;
    if (Object.keys(rest).length === 0) return;
    const status = changes.status ?? row.status;
    const closing = changes.status
      ? closingColumns(status, now)
      : { completedOn: row.completed_on, closedAt: row.closed_at };
    sql.run(SQL.updateItem, {
      id: row.id,
      owner: changes.owner ?? row.owner,
      dueDate: changes.dueDate === undefined ? row.due_date : changes.dueDate,
      status,
      ...closing,
      position: changes.position ?? row.position,
      now: stamp,
    });
  };

  return {
    saveNotes(input: ApiParsedInput<'meetings.saveNotes'>): SaveNotesResult {
      const saved = sql.transaction(() => {
        const meeting = sql.get<SavingMeetingRow>(SQL.meeting, [input.id]);
        if (!meeting) throw notFound('one-on-one', input.id);
        if (meeting.notes_revision !== input.baseRevision) throw new DomainError('conflict', STALE_NOTES_MESSAGE);

        const now = clock.now();
        const columns: Record<string, string | number> = {};
        let assignedActionItemIds: Record<string, number> = {};
        const cached = lastSaved.get(meeting.id);
        let savedTaskItems = cached?.revision === meeting.notes_revision ? cached.taskItems : undefined;
        if (input.shared) {
          const synced = syncSharedNotes(meeting, input.shared, now);
          assignedActionItemIds = synced.assigned;
          savedTaskItems = synced.savedTaskItems;
          columns.shared_notes_json = JSON.stringify(synced.doc);
          columns.shared_notes_text = tiptapToPlainText(synced.doc);
        }
        // Private notes are the manager's own: their task items are never action items.
        if (input.private) {
          columns.private_notes_json = JSON.stringify(input.private);
          columns.private_notes_text = tiptapToPlainText(input.private);
        }
        const notesRevision = meeting.notes_revision + 1;
        const sets = Object.keys(columns).map((column) => `${column} = @${column}`);
        sql.run(
          `UPDATE meetings SET ${[...sets, 'notes_revision = @notesRevision', 'updated_at = @now'].join(', ')} WHERE id = @id`,
          {
            ...columns,
            notesRevision,
            now: now.toISOString(),
            id: meeting.id,
          },
        );
        const actionItems = sql
          .all<ActionItemSqlRow>(MEETING_ACTION_ITEMS_SQL, [meeting.id])
          .filter((row) => row.status !== 'dropped')
          .map(toActionItem);
        return { result: { notesRevision, assignedActionItemIds, actionItems }, savedTaskItems };
      });
      // Only once the transaction has committed: a rolled-back save must not be remembered.
      if (saved.savedTaskItems)
        lastSaved.set(input.id, { revision: saved.result.notesRevision, taskItems: saved.savedTaskItems });
      else lastSaved.delete(input.id);
      return saved.result;
    },
  };
}
