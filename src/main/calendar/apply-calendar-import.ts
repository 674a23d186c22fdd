import type { AgendaItem } from '@shared/agenda/agenda';
import type { CalendarImportResult } from '@shared/calendar/calendar';
import type { Cadence } from '@shared/reps/rep';
import type { SqlReader } from '../services/sql';
import type { CalendarOccurrence } from './read-calendar';

/** One series the manager picked, with the rep it goes to (created first when new). */
export interface SeriesToImport {
  uid: string;
  rep: { id: number } | { name: string; email: string | null; cadence: Cadence };
  occurrences: CalendarOccurrence[];
}

export interface ApplyImportDeps {
  sql: SqlReader;
  now: string;
  /** The horizon: occurrences of a picked series outside it are left alone. */
  from: string;
  until: string;
  startingAgenda(repId: number): AgendaItem[];
}

interface LinkRow {
  link_id: number;
  meeting_id: number;
  recurrence_id: string;
  calendar_starts_at: string;
  calendar_status: 'confirmed' | 'cancelled';
  status: 'scheduled' | 'held' | 'cancelled';
  scheduled_at: string;
}

const inHorizon = (deps: ApplyImportDeps, occurrence: CalendarOccurrence) =>
  (occurrence.startsAt >= deps.from && occurrence.startsAt < deps.until) ||
  (occurrence.recurrenceId >= deps.from && occurrence.recurrenceId < deps.until);

/**
 * Writes an import in one transaction (the caller's). Keyed by UID + RECURRENCE-ID through
 * calendar_links, so importing a newer export of the same calendar never adds a second
 * one-on-one for an occurrence:
 * - new occurrence → a scheduled one-on-one with the rep's starting agenda;
 * - the calendar moved it since the last import → rescheduled (agenda, notes, talking points stay);
 * - the calendar cancelled it, or it is gone from the series (EXDATE, a shorter UNTIL) → cancelled;
 * - a one-on-one already held is the record and is never touched; a change the manager made
 *   in Coachbook stands until the calendar itself changes that occurrence again.
 * Nothing is ever deleted.
 */
export function applyCalendarImport(deps: ApplyImportDeps, picked: SeriesToImport[]): CalendarImportResult {
  const { sql, now } = deps;
  const result: CalendarImportResult = { scheduled: 0, rescheduled: 0, cancelled: 0, unchanged: 0, repsCreated: 0 };
  const createdByEmail = new Map<string, number>();

  const repIdFor = (rep: SeriesToImport['rep']): number => {
    if ('id' in rep) return rep.id;
    const known = rep.email ? createdByEmail.get(rep.email.toLowerCase()) : undefined;
    if (known !== undefined) return known;
    // A rep with this address already exists (added since the preview, or two series of one person).
    const existing = rep.email
      ? sql.get<{ id: number }>('SELECT id FROM reps WHERE lower(email) = lower(?) ORDER BY id LIMIT 1', [rep.email])
      : undefined;
    if (existing) return existing.id;
    const inserted = sql.run(
      `INSERT INTO reps (name, email, cadence, status, created_at, updated_at) VALUES (?, ?, ?, 'active', ?, ?)`,
      [rep.name, rep.email, rep.cadence, now, now],
    );
    result.repsCreated += 1;
    if (rep.email) createdByEmail.set(rep.email.toLowerCase(), inserted.lastInsertRowid);
    return inserted.lastInsertRowid;
  };

  const setLink = (linkId: number, startsAt: string, status: 'confirmed' | 'cancelled') =>
    sql.run('UPDATE calendar_links SET calendar_starts_at = ?, calendar_status = ?, updated_at = ? WHERE id = ?', [
      startsAt,
      status,
      now,
      linkId,
    ]);

  const cancelMeeting = (meetingId: number) =>
    sql.run(
      `UPDATE meetings SET status = 'cancelled', cancelled_at = ?, updated_at = ? WHERE id = ? AND status = 'scheduled'`,
      [now, now, meetingId],
    ).changes;

  for (const series of picked) {
    const repId = repIdFor(series.rep);
    const links = new Map(
      sql
        .all<LinkRow>(
          `SELECT l.id AS link_id, l.meeting_id, l.recurrence_id, l.calendar_starts_at, l.calendar_status, m.status, m.scheduled_at
           FROM calendar_links l JOIN meetings m ON m.id = l.meeting_id WHERE l.uid = ?`,
          [series.uid],
        )
        .map((row) => [row.recurrence_id, row]),
    );
    const seen = new Set<string>();
    for (const occurrence of series.occurrences.filter((o) => inHorizon(deps, o))) {
      seen.add(occurrence.recurrenceId);
      const link = links.get(occurrence.recurrenceId);
      if (!link) {
        if (occurrence.cancelled) continue;
        const meeting = sql.run(
          `INSERT INTO meetings (rep_id, scheduled_at, duration_minutes, status, template_id, agenda, created_at, updated_at)
           VALUES (?, ?, ?, 'scheduled', (SELECT default_template_id FROM reps WHERE id = ?), ?, ?, ?)`,
          [
            repId,
            occurrence.startsAt,
            occurrence.durationMinutes,
            repId,
            JSON.stringify(deps.startingAgenda(repId)),
            now,
            now,
          ],
        );
        sql.run(
          `INSERT INTO calendar_links (meeting_id, uid, recurrence_id, calendar_starts_at, calendar_status, created_at, updated_at)
           VALUES (?, ?, ?, ?, 'confirmed', ?, ?)`,
          [meeting.lastInsertRowid, series.uid, occurrence.recurrenceId, occurrence.startsAt, now, now],
        );
        result.scheduled += 1;
        continue;
      }
      const calendarChanged =
        link.calendar_starts_at !== occurrence.startsAt ||
        link.calendar_status !== (occurrence.cancelled ? 'cancelled' : 'confirmed');
      if (link.status === 'held' || !calendarChanged) {
        result.unchanged += 1;
        continue;
      }
      if (occurrence.cancelled) {
        result[cancelMeeting(link.meeting_id) ? 'cancelled' : 'unchanged'] += 1;
      } else {
        // Moved in the calendar, or put back after a cancellation there: the same one-on-one, at the new time.
        sql.run(
          `UPDATE meetings SET scheduled_at = ?, duration_minutes = ?, status = 'scheduled', cancelled_at = NULL, updated_at = ? WHERE id = ?`,
          [occurrence.startsAt, occurrence.durationMinutes, now, link.meeting_id],
        );
        result.rescheduled += 1;
      }
      setLink(link.link_id, occurrence.startsAt, occurrence.cancelled ? 'cancelled' : 'confirmed');
    }
    // Occurrences the calendar no longer has (EXDATE, a series cut short) within the horizon.
    for (const link of links.values()) {
      if (seen.has(link.recurrence_id) || link.calendar_status === 'cancelled') continue;
      if (link.scheduled_at < deps.from || link.scheduled_at >= deps.until) continue;
      if (cancelMeeting(link.meeting_id)) result.cancelled += 1;
      setLink(link.link_id, link.calendar_starts_at, 'cancelled');
    }
  }
  return result;
}
