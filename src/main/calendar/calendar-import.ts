import { randomUUID } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { addWeeks } from 'date-fns';
import type { DataSource } from 'typeorm';
import type { ApiParsedInput } from '@shared/api/contract';
import {
  MAX_CALENDAR_FILE_BYTES,
  MAX_IMPORT_HORIZON_WEEKS,
  type CalendarImportPreview,
  type CalendarImportResult,
  type SeriesPreview,
} from '@shared/calendar/calendar';
import type { Cadence } from '@shared/reps/rep';
import type { ShellActions } from '../app-core';
import { DomainError } from '../errors';
import type { Clock } from '../services/clock';
import type { MeetingsService } from '../services/meetings';
import { SqlReader } from '../services/sql';
import { applyCalendarImport, type SeriesToImport } from './apply-calendar-import';
import { oneOnOneSeries, type OneOnOneSeries, type RepForMatching } from './one-on-one-series';
import { readCalendar, type CalendarOccurrence } from './read-calendar';
import { wallTimeAt, wallTimeToInstantMs } from './time-zones';

export interface CalendarImportDeps {
  dataSource: DataSource;
  clock: Clock;
  shell: ShellActions;
  meetings: Pick<MeetingsService, 'startingAgenda'>;
  /** The manager's IANA time zone (the system's): floating times and "today" use it. */
  timeZone: string;
}

interface PendingImport {
  from: string;
  found: OneOnOneSeries[];
}

/** Previews kept for confirmation; older ones are dropped (the manager can choose the file again). */
const KEPT_PREVIEWS = 5;
const DAY_MS = 24 * 60 * 60 * 1000;

const producerName = (prodid: string | null): string | null => {
  if (!prodid) return null;
  if (/microsoft|outlook|exchange/i.test(prodid)) return 'Outlook';
  if (/google/i.test(prodid)) return 'Google Calendar';
  if (/apple/i.test(prodid)) return 'Apple Calendar';
  return prodid;
};

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** Weekly, every two weeks or monthly, from the typical gap between occurrences. */
const cadenceOf = (occurrences: CalendarOccurrence[]): Cadence => {
  const starts = occurrences.map((o) => Date.parse(o.recurrenceId || o.startsAt)).sort((a, b) => a - b);
  const gaps = starts.slice(1).map((start, index) => (start - (starts[index] ?? start)) / DAY_MS);
  const typical = gaps.sort((a, b) => a - b)[Math.floor(gaps.length / 2)] ?? 7;
  if (typical <= 8) return 'weekly';
  if (typical <= 16) return 'biweekly';
  return 'monthly';
};

export type CalendarImportService = ReturnType<typeof createCalendarImportService>;

/**
 * Importing one-on-ones from an .ics file: main opens the file with its own dialog, reads it and
 * keeps what it found under a token; the preview goes to the renderer, which confirms the
 * series the manager picked by that token. Nothing is written before the confirmation.
 */
export function createCalendarImportService(deps: CalendarImportDeps) {
  const sql = SqlReader.from(deps.dataSource);
  const pending = new Map<string, PendingImport>();

  const startOfToday = (): Date => {
    const today = wallTimeAt(deps.timeZone, deps.clock.now().getTime());
    return new Date(wallTimeToInstantMs(deps.timeZone, { ...today, hour: 0, minute: 0, second: 0 }));
  };

  const readFileChecked = async (filePath: string): Promise<string> => {
    let size: number;
    try {
      size = (await stat(filePath)).size;
    } catch {
      throw new DomainError(
        'invalid_input',
        'Coachbook could not read that file. Check that it exists and try again.',
        'file',
      );
    }
    if (size > MAX_CALENDAR_FILE_BYTES) {
      throw new DomainError(
        'invalid_input',
        `That file is ${megabytes(size)}; a calendar file can be at most ${megabytes(MAX_CALENDAR_FILE_BYTES)}. Export only your own calendar, or a shorter date range, and try again.`,
        'file',
      );
    }
    return readFile(filePath, 'utf8');
  };

  const importedKeys = (uids: string[]): Set<string> => {
    if (uids.length === 0) return new Set();
    const rows = sql.all<{ uid: string; recurrence_id: string }>(
      `SELECT uid, recurrence_id FROM calendar_links WHERE calendar_status = 'confirmed' AND uid IN (SELECT value FROM json_each(?))`,
      [JSON.stringify(uids)],
    );
    return new Set(rows.map((row) => `${row.uid}\n${row.recurrence_id}`));
  };

  const toPreview = (found: OneOnOneSeries, imported: Set<string>): SeriesPreview => ({
    uid: found.series.uid,
    title: found.series.title,
    reason: found.reason,
    timeZone: found.series.timeZone,
    person: found.person,
    match: found.match,
    occurrences: found.series.occurrences
      .map((o) => ({
        startsAt: o.startsAt,
        durationMinutes: o.durationMinutes,
        cancelled: o.cancelled,
        moved: o.recurrenceId !== '' && o.recurrenceId !== o.startsAt,
        imported: imported.has(`${found.series.uid}\n${o.recurrenceId}`),
      }))
      .sort((a, b) => a.startsAt.localeCompare(b.startsAt)),
  });

  return {
    async preview(): Promise<CalendarImportPreview | null> {
      const filePath = await deps.shell.chooseOpenFile([
        { name: 'Calendar (iCalendar)', extensions: ['ics', 'ical', 'ifb', 'icalendar'] },
      ]);
      if (filePath === null) return null;
      const text = await readFileChecked(filePath);
      const from = startOfToday();
      const read = readCalendar(text, {
        from,
        until: addWeeks(from, MAX_IMPORT_HORIZON_WEEKS),
        managerTimeZone: deps.timeZone,
      });
      const reps = sql.all<RepForMatching>('SELECT id, name, email, status FROM reps ORDER BY id');
      const found = oneOnOneSeries(read.series, reps);
      const token = randomUUID();
      pending.set(token, { from: from.toISOString(), found });
      for (const old of [...pending.keys()].slice(0, -KEPT_PREVIEWS)) pending.delete(old);
      const imported = importedKeys(found.map((f) => f.series.uid));
      return {
        token,
        fileName: basename(filePath),
        producer: producerName(read.producer),
        series: found.map((f) => toPreview(f, imported)),
        otherEventCount: read.series.length - found.length,
        skipped: read.skipped,
        from: from.toISOString(),
      };
    },

    confirm(input: ApiParsedInput<'calendar.confirmImport'>): CalendarImportResult {
      const found = pending.get(input.token);
      if (!found) {
        throw new DomainError('not_found', 'This calendar preview is no longer open. Choose the file again.', 'token');
      }
      const picked: SeriesToImport[] = input.series.map((choice) => {
        const series = found.found.find((f) => f.series.uid === choice.uid);
        if (!series) {
          throw new DomainError(
            'invalid_input',
            'One of the picked series is not in this calendar file. Choose the file again.',
            'series',
          );
        }
        if (choice.repId !== undefined) {
          const rep = sql.get<{ name: string; status: string }>('SELECT name, status FROM reps WHERE id = ?', [
            choice.repId,
          ]);
          if (!rep)
            throw new DomainError(
              'not_found',
              `No rep with id ${choice.repId} exists. Reload and try again.`,
              'series',
            );
          if (rep.status === 'archived') {
            throw new DomainError(
              'conflict',
              `${rep.name} is archived. Unarchive the rep to import their one-on-ones.`,
              'series',
            );
          }
          return { uid: choice.uid, rep: { id: choice.repId }, occurrences: series.series.occurrences };
        }
        const newRep = choice.newRep ?? { name: series.series.title, email: null };
        return {
          uid: choice.uid,
          rep: { name: newRep.name, email: newRep.email ?? null, cadence: cadenceOf(series.series.occurrences) },
          occurrences: series.series.occurrences,
        };
      });
      const from = found.from;
      const until = addWeeks(new Date(from), input.horizonWeeks).toISOString();
      const result = sql.transaction(() =>
        applyCalendarImport(
          {
            sql,
            now: deps.clock.now().toISOString(),
            from,
            until,
            startingAgenda: (repId) => deps.meetings.startingAgenda(repId),
          },
          picked,
        ),
      );
      pending.delete(input.token);
      return result;
    },
  };
}
