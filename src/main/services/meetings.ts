import { randomUUID } from 'node:crypto';
import { startOfDay } from 'date-fns';
import type { DataSource } from 'typeorm';
import type { AgendaItem, AgendaTemplateSection } from '@shared/agenda/agenda';
import type { ApiParsedInput } from '@shared/api/contract';
import type { MeetingCancellation, MeetingStatus, MeetingSummary } from '@shared/meetings/meeting';
import type { Cadence } from '@shared/reps/rep';
import { WEEKLY_CHECK_IN } from '../../../resources/templates/builtin-templates';
import { MeetingEntity } from '../database/entities/meeting';
import { suggestNextSlot } from '../domain/meeting-slots';
import { DomainError, notFound } from '../errors';
import type { Clock } from './clock';
import { meetingOutcomes } from './meeting-outcomes';
import { MEETING_SUMMARY_SELECT, toMeetingSummary, type MeetingSummaryRow } from './meeting-rows';
import { SqlReader } from './sql';

interface RepForScheduling {
  id: number;
  name: string;
  cadence: Cadence;
  status: 'active' | 'archived';
  default_template_id: number | null;
}

interface MeetingStateRow {
  id: number;
  status: MeetingStatus;
  scheduled_at: string;
}

export type MeetingsService = ReturnType<typeof createMeetingsService>;

/** Scheduling and the lifecycle of one-on-ones. Notes live in meeting-notes.ts, the screen's read in meeting-workspace.ts. */
export function createMeetingsService(dataSource: DataSource, clock: Clock) {
  const sql = SqlReader.from(dataSource);
  const repository = dataSource.getRepository(MeetingEntity);
  const outcomes = meetingOutcomes(sql);

  const summary = (id: number): MeetingSummary => {
    const row = sql.get<MeetingSummaryRow>(`${MEETING_SUMMARY_SELECT} WHERE m.id = ?`, [id]);
    if (!row) throw notFound('one-on-one', id);
    return toMeetingSummary(row);
  };

  const meetingState = (id: number): MeetingStateRow => {
    const row = sql.get<MeetingStateRow>('SELECT id, status, scheduled_at FROM meetings WHERE id = ?', [id]);
    if (!row) throw notFound('one-on-one', id);
    return row;
  };

  const repOf = (id: number): RepForScheduling => {
    const row = sql.get<RepForScheduling>(
      'SELECT id, name, cadence, status, default_template_id FROM reps WHERE id = ?',
      [id],
    );
    if (!row) throw notFound('rep', id);
    return row;
  };

  const sectionsOf = (where: string, value: number | string | null): AgendaTemplateSection[] | null => {
    if (value === null) return null;
    const row = sql.get<{ sections: string }>(`SELECT sections FROM agenda_templates WHERE ${where}`, [value]);
    return row ? (JSON.parse(row.sections) as AgendaTemplateSection[]) : null;
  };

  /** The chosen template, else the rep's default, else the built-in weekly check-in. */
  const templateSections = (templateId: number | null | undefined, rep: RepForScheduling): AgendaTemplateSection[] => {
    if (templateId) {
      const chosen = sectionsOf('id = ?', templateId);
      if (!chosen) throw notFound('agenda template', templateId);
      return chosen;
    }
    return (
      sectionsOf('id = ? AND archived_at IS NULL', rep.default_template_id) ??
      sectionsOf('builtin_key = ?', WEEKLY_CHECK_IN.key) ??
      WEEKLY_CHECK_IN.sections
    );
  };

  const startingAgenda = (repId: number, templateId?: number | null): AgendaItem[] =>
    templateSections(templateId, repOf(repId)).map((section) => ({
      id: randomUUID(),
      title: section.title,
      prompts: [...section.prompts],
      done: false,
    }));

  return {
    summary,

    listForRep({ repId, status }: ApiParsedInput<'meetings.listForRep'>): MeetingSummary[] {
      repOf(repId);
      return sql
        .all<MeetingSummaryRow>(
          `${MEETING_SUMMARY_SELECT} WHERE m.rep_id = @repId AND (@status = 'all' OR m.status = @status)
           ORDER BY m.scheduled_at DESC, m.id DESC`,
          { repId, status },
        )
        .map(toMeetingSummary);
    },

    /** From the start of the manager's today, so a one-on-one earlier today still shows. */
    upcoming({ limit }: ApiParsedInput<'meetings.upcoming'>): MeetingSummary[] {
      return sql
        .all<MeetingSummaryRow>(
          `${MEETING_SUMMARY_SELECT} WHERE m.status = 'scheduled' AND m.scheduled_at >= @from AND r.status = 'active'
           ORDER BY m.scheduled_at, m.id LIMIT @limit`,
          { from: startOfDay(clock.now()).toISOString(), limit },
        )
        .map(toMeetingSummary);
    },

    suggestSlot(repId: number): { scheduledAt: string } {
      const rep = repOf(repId);
      // A cancelled one-on-one did not happen, so the cadence counts from the one before it.
      const latest = sql.get<{ scheduled_at: string }>(
        `SELECT max(scheduled_at) AS scheduled_at FROM meetings WHERE rep_id = ? AND status <> 'cancelled'`,
        [repId],
      );
      const from = latest?.scheduled_at ? new Date(latest.scheduled_at) : null;
      return { scheduledAt: suggestNextSlot(from, rep.cadence, clock.now()).toISOString() };
    },

    /** The agenda a new one-on-one with this rep starts from; the calendar import schedules with it too. */
    startingAgenda,

    async schedule(input: ApiParsedInput<'meetings.schedule'>): Promise<MeetingSummary> {
      const rep = repOf(input.repId);
      if (rep.status === 'archived') {
        throw new DomainError('conflict', `${rep.name} is archived. Unarchive the rep to schedule a one-on-one.`);
      }
      const agenda = startingAgenda(rep.id, input.templateId);
      const now = clock.now().toISOString();
      const inserted = await repository.insert({
        repId: rep.id,
        scheduledAt: new Date(input.scheduledAt).toISOString(),
        durationMinutes: input.durationMinutes,
        status: 'scheduled',
        templateId: input.templateId ?? rep.default_template_id,
        agenda: JSON.stringify(agenda),
        sharedNotesJson: null,
        sharedNotesText: '',
        privateNotesJson: null,
        privateNotesText: '',
        notesRevision: 0,
        heldAt: null,
        cancelledAt: null,
        createdAt: now,
        updatedAt: now,
      });
      return summary(Number(inserted.identifiers[0]?.id));
    },

    /**
     * Only the date moves: agenda, notes, their revision and the rep's queued talking points stay.
     * Items its follow-ups closed keep a done day on the new date or the day it was recorded.
     */
    reschedule({ id, scheduledAt }: ApiParsedInput<'meetings.reschedule'>): MeetingSummary {
      const meeting = meetingState(id);
      if (meeting.status === 'held') {
        throw new DomainError(
          'conflict',
          'This one-on-one was already held, so its date is part of the record. Schedule a new one-on-one instead.',
        );
      }
      const to = new Date(scheduledAt).toISOString();
      const now = clock.now().toISOString();
      sql.transaction(() => {
        sql.run('UPDATE meetings SET scheduled_at = ?, updated_at = ? WHERE id = ?', [to, now, id]);
        outcomes.moveClosingDays(id, meeting.scheduled_at, to, now);
      });
      return summary(id);
    },

    cancellation(id: number): MeetingCancellation {
      meetingState(id);
      return outcomes.cancellation(id);
    },

    /** Cancelling undoes what the meeting recorded as happening in it (meeting-outcomes.ts), all or nothing. */
    setStatus({ id, status }: ApiParsedInput<'meetings.setStatus'>): MeetingSummary {
      const meeting = meetingState(id);
      if (meeting.status !== status) {
        const now = clock.now().toISOString();
        sql.transaction(() => {
          if (status === 'cancelled') outcomes.undoForCancel(id, now);
          sql.run('UPDATE meetings SET status = ?, held_at = ?, cancelled_at = ?, updated_at = ? WHERE id = ?', [
            status,
            status === 'held' ? now : null,
            status === 'cancelled' ? now : null,
            now,
            id,
          ]);
        });
      }
      return summary(id);
    },

    async updateAgenda({ id, agenda }: ApiParsedInput<'meetings.updateAgenda'>): Promise<AgendaItem[]> {
      meetingState(id);
      const ids = new Set(agenda.map((item) => item.id));
      if (ids.size !== agenda.length) {
        throw new DomainError(
          'invalid_input',
          'Two agenda lines have the same id; reload the one-on-one and try again.',
          'agenda',
        );
      }
      await repository.update({ id }, { agenda: JSON.stringify(agenda), updatedAt: clock.now().toISOString() });
      return agenda;
    },
  };
}
