import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { ApiParsedInput } from '@shared/api/contract';
import type { AgendaItem } from '@shared/agenda/agenda';
import type { SavedFile } from '@shared/exports/exports';
import type { ShellActions } from '../app-core';
import { notFound } from '../errors';
import { safeFileName, writeFileAtomically } from '../exports/write-file';
import type { Clock } from '../services/clock';
import { SqlReader } from '../services/sql';
import { wallTimeAt, wallTimeToInstantMs } from './time-zones';
import { writeCalendar, type MeetingForCalendar } from './write-calendar';

export interface CalendarExportDeps {
  dataSource: DataSource;
  clock: Clock;
  shell: ShellActions;
  timeZone: string;
}

interface MeetingRow {
  id: number;
  rep_name: string;
  rep_email: string | null;
  scheduled_at: string;
  duration_minutes: number;
  status: 'scheduled' | 'cancelled';
  agenda: string;
  updated_at: string;
}

const BOOK_ID_KEY = 'calendar_book_id';

const headingsOf = (agenda: string): string[] => {
  try {
    return (JSON.parse(agenda) as AgendaItem[]).map((item) => item.title).filter(Boolean);
  } catch {
    return [];
  }
};

/**
 * The schedule as an .ics file: upcoming one-on-ones (cancelled ones too, marked so, so a
 * calendar that has them takes them out), one rep's or every active rep's.
 */
export function createCalendarExportService(deps: CalendarExportDeps) {
  const sql = SqlReader.from(deps.dataSource);

  /** A random id for this book, made on its first export and kept, so UIDs stay the same across exports. */
  const bookId = (): string => {
    const stored = sql.get<{ value: string }>('SELECT value FROM settings WHERE key = ?', [BOOK_ID_KEY]);
    if (stored) return JSON.parse(stored.value) as string;
    const id = randomUUID();
    sql.run('INSERT INTO settings (key, value) VALUES (?, ?)', [BOOK_ID_KEY, JSON.stringify(id)]);
    return id;
  };

  return {
    async export({ repId }: ApiParsedInput<'calendar.export'>): Promise<SavedFile | null> {
      const rep = repId === undefined ? null : sql.get<{ name: string }>('SELECT name FROM reps WHERE id = ?', [repId]);
      if (repId !== undefined && !rep) throw notFound('rep', repId);
      const now = deps.clock.now();
      const today = wallTimeAt(deps.timeZone, now.getTime());
      const from = new Date(wallTimeToInstantMs(deps.timeZone, { ...today, hour: 0, minute: 0, second: 0 }));
      const rows = sql.all<MeetingRow>(
        `SELECT m.id, r.name AS rep_name, r.email AS rep_email, m.scheduled_at, m.duration_minutes, m.status, m.agenda, m.updated_at
         FROM meetings m JOIN reps r ON r.id = m.rep_id
         WHERE m.status IN ('scheduled', 'cancelled') AND m.scheduled_at >= @from
           AND (@repId IS NULL OR m.rep_id = @repId) AND (@repId IS NOT NULL OR r.status = 'active')
         ORDER BY m.scheduled_at, m.id`,
        { from: from.toISOString(), repId: repId ?? null },
      );
      const title = rep ? `One-on-ones with ${rep.name}` : 'One-on-ones';
      const filePath = await deps.shell.chooseSaveFile(`${safeFileName(title)}.ics`, [
        { name: 'Calendar (iCalendar)', extensions: ['ics'] },
      ]);
      if (filePath === null) return null;
      const meetings: MeetingForCalendar[] = rows.map((row) => ({
        id: row.id,
        repName: row.rep_name,
        repEmail: row.rep_email,
        scheduledAt: row.scheduled_at,
        durationMinutes: row.duration_minutes,
        status: row.status,
        agendaHeadings: headingsOf(row.agenda),
        updatedAt: row.updated_at,
      }));
      const text = writeCalendar({ bookId: bookId(), title, timeZone: deps.timeZone, now, meetings });
      return { filePath, bytes: await writeFileAtomically(filePath, text) };
    },
  };
}
