import type { DataSource } from 'typeorm';
import type { ApiParsedInput } from '@shared/api/contract';
import type { FollowUpOutcome, FollowUpPanel, FollowUpPanelItem } from '@shared/follow-ups/follow-up';
import { applyOutcome, closingDay, reverseOutcome, type FollowedUpState } from '@shared/follow-ups/follow-up-rules';
import { ActionItemEntity } from '../database/entities/action-item';
import { FollowUpCheckEntity } from '../database/entities/follow-up-check';
import { DomainError, notFound } from '../errors';
import type { Clock } from './clock';
import { dayOfInstant, PANEL_ITEM_SQL, PANEL_SQL, toPanelItem, type PanelSqlRow } from './follow-up-rows';
import { SqlReader } from './sql';

interface MeetingSqlRow {
  id: number;
  rep_id: number;
  rep_name: string;
  scheduled_at: string;
  status: FollowUpPanel['meetingStatus'];
}

interface ItemSqlRow {
  id: number;
  rep_id: number;
  meeting_id: number | null;
  origin_at: string | null;
  status: FollowedUpState['status'];
  due_date: string | null;
  carry_count: number;
  completed_on: string | null;
  created_at: string;
}

interface CheckSqlRow {
  id: number;
  outcome: FollowUpOutcome;
  new_due_date: string | null;
  previous_due_date: string | null;
  created_at: string;
}

const MEETING_SQL = `SELECT m.id, m.rep_id, r.name AS rep_name, m.scheduled_at, m.status
  FROM meetings m JOIN reps r ON r.id = m.rep_id WHERE m.id = ?`;
const ITEM_SQL = `SELECT a.id, a.rep_id, a.meeting_id, o.scheduled_at AS origin_at, a.status, a.due_date, a.carry_count,
  a.completed_on, a.created_at FROM action_items a LEFT JOIN meetings o ON o.id = a.meeting_id WHERE a.id = ?`;
const CHECK_SQL = `SELECT id, outcome, new_due_date, previous_due_date, created_at FROM follow_up_checks WHERE action_item_id = ? AND meeting_id = ?`;
// A check at a one-on-one after this one builds on this one's outcome, so this one is frozen.
const LATER_CHECK_SQL = `SELECT m.scheduled_at FROM follow_up_checks c JOIN meetings m ON m.id = c.meeting_id
  WHERE c.action_item_id = @itemId AND c.meeting_id <> @meetingId AND m.scheduled_at > @scheduledAt
  ORDER BY m.scheduled_at LIMIT 1`;

const stateOf = (row: ItemSqlRow): FollowedUpState => ({
  status: row.status,
  dueDate: row.due_date,
  carryCount: row.carry_count,
  completedOn: row.completed_on,
});

const recordedOf = (row: CheckSqlRow) => ({
  outcome: row.outcome,
  newDueDate: row.new_due_date,
  previousDueDate: row.previous_due_date,
});

export type FollowUpsService = ReturnType<typeof createFollowUpsService>;

/** The accountability loop inside a one-on-one: the follow-up panel and its outcomes. */
export function createFollowUpsService(dataSource: DataSource, clock: Clock) {
  const sql = SqlReader.from(dataSource);

  const meetingOf = (id: number): MeetingSqlRow => {
    const row = sql.get<MeetingSqlRow>(MEETING_SQL, [id]);
    if (!row) throw notFound('one-on-one', id);
    return row;
  };

  /** The item, checked to be one this meeting may follow up. */
  const itemFor = (meeting: MeetingSqlRow, itemId: number): ItemSqlRow => {
    const item = sql.get<ItemSqlRow>(ITEM_SQL, [itemId]);
    if (!item) throw notFound('action item', itemId);
    if (item.rep_id !== meeting.rep_id) {
      throw new DomainError(
        'invalid_input',
        `That action item belongs to another rep, not ${meeting.rep_name}. Follow it up in their one-on-one.`,
        'actionItemId',
      );
    }
    const agreedAt = item.origin_at ?? item.created_at;
    if (item.meeting_id === meeting.id || agreedAt >= meeting.scheduled_at) {
      throw new DomainError(
        'invalid_input',
        'That action item was agreed in this one-on-one or a later one. It comes up for follow-up at the next one-on-one.',
        'actionItemId',
      );
    }
    const later = sql.get<{ scheduled_at: string }>(LATER_CHECK_SQL, {
      itemId,
      meetingId: meeting.id,
      scheduledAt: meeting.scheduled_at,
    });
    if (later) {
      throw new DomainError(
        'conflict',
        `A later one-on-one (${dayOfInstant(later.scheduled_at)}) already followed up this action item. Change the outcome there.`,
      );
    }
    return item;
  };

  const panelItem = (meeting: MeetingSqlRow, itemId: number): FollowUpPanelItem => {
    const row = sql.get<PanelSqlRow>(PANEL_ITEM_SQL, { actionItemId: itemId, meetingId: meeting.id });
    if (!row) throw notFound('action item', itemId);
    return toPanelItem(row, meeting.id, dayOfInstant(meeting.scheduled_at));
  };

  // closed_at only moves when the status does: undoing a carry on an item closed since keeps its closing time.
  const itemColumns = (state: FollowedUpState, was: FollowedUpState['status'], now: string) => ({
    status: state.status,
    dueDate: state.dueDate,
    carryCount: state.carryCount,
    completedOn: state.completedOn,
    ...(state.status === was ? {} : { closedAt: state.status === 'open' ? null : now }),
    updatedAt: now,
  });

  return {
    panel({ meetingId }: ApiParsedInput<'followUps.panel'>): FollowUpPanel {
      const meeting = meetingOf(meetingId);
      const meetingDay = dayOfInstant(meeting.scheduled_at);
      const rows = sql.all<PanelSqlRow>(PANEL_SQL, {
        repId: meeting.rep_id,
        meetingId,
        scheduledAt: meeting.scheduled_at,
      });
      return {
        meetingId,
        repId: meeting.rep_id,
        repName: meeting.rep_name,
        meetingScheduledAt: meeting.scheduled_at,
        meetingDay,
        meetingStatus: meeting.status,
        items: rows.map((row) => toPanelItem(row, meetingId, meetingDay)),
      };
    },

    /**
     * At most one check per item per meeting: recording again first reverses the earlier outcome
     * (reopens, takes back its carry, restores the due date it replaced) and then applies the new
     * one, so the carry count never counts one meeting twice. All checks run before any write.
     */
    async record(input: ApiParsedInput<'followUps.record'>): Promise<FollowUpPanelItem> {
      const meeting = meetingOf(input.meetingId);
      if (meeting.status === 'cancelled') {
        throw new DomainError(
          'conflict',
          'This one-on-one was cancelled, so nothing can be followed up in it. Open commitments carry over to the next one-on-one.',
        );
      }
      const item = itemFor(meeting, input.actionItemId);
      const existing = sql.get<CheckSqlRow>(CHECK_SQL, [item.id, meeting.id]);
      const before = existing ? reverseOutcome(stateOf(item), recordedOf(existing)) : stateOf(item);
      if (before.status !== 'open') {
        const how = before.status === 'done' ? 'done' : 'dropped';
        throw new DomainError(
          'conflict',
          `That action item is already closed (${how}${before.completedOn ? ` on ${before.completedOn}` : ''}), so there is nothing to follow up.`,
        );
      }
      const createdOn = dayOfInstant(item.created_at);
      if (input.newDueDate !== null && input.newDueDate < createdOn) {
        throw new DomainError(
          'invalid_input',
          `The new due date is before the action item was created (${createdOn}).`,
          'newDueDate',
        );
      }

      const now = clock.now().toISOString();
      // A note or new due date edited later does not change when the outcome itself was recorded.
      const recordedAt = existing?.outcome === input.outcome ? existing.created_at : now;
      const closedOn = closingDay(dayOfInstant(meeting.scheduled_at), dayOfInstant(recordedAt));
      const applied = applyOutcome(before, input.outcome, input.newDueDate, closedOn);
      const checkColumns = { ...applied.check, note: input.note, createdAt: recordedAt };
      await dataSource.transaction(async (manager) => {
        await manager
          .getRepository(ActionItemEntity)
          .update({ id: item.id }, itemColumns(applied.item, item.status, now));
        const checks = manager.getRepository(FollowUpCheckEntity);
        if (existing) await checks.update({ id: existing.id }, checkColumns);
        else await checks.insert({ ...checkColumns, actionItemId: item.id, meetingId: meeting.id });
      });
      return panelItem(meeting, item.id);
    },

    async undo(input: ApiParsedInput<'followUps.undo'>): Promise<FollowUpPanelItem> {
      const meeting = meetingOf(input.meetingId);
      const item = itemFor(meeting, input.actionItemId);
      const existing = sql.get<CheckSqlRow>(CHECK_SQL, [item.id, meeting.id]);
      if (!existing) {
        throw new DomainError(
          'not_found',
          'No follow-up is recorded for that action item in this one-on-one, so there is nothing to undo.',
        );
      }
      const restored = reverseOutcome(stateOf(item), recordedOf(existing));
      const now = clock.now().toISOString();
      await dataSource.transaction(async (manager) => {
        await manager.getRepository(ActionItemEntity).update({ id: item.id }, itemColumns(restored, item.status, now));
        await manager.getRepository(FollowUpCheckEntity).delete({ id: existing.id });
      });
      return panelItem(meeting, item.id);
    },
  };
}
