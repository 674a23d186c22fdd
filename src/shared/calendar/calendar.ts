import { z } from 'zod';
import { repFieldsSchema } from '../reps/rep';
import { entityId } from '../validation';

/** How far ahead an import schedules, in weeks. The preview reads the file up to the longest. */
export const IMPORT_HORIZON_WEEKS = [4, 8, 12, 26] as const;
export const DEFAULT_IMPORT_HORIZON_WEEKS = 12;
export const MAX_IMPORT_HORIZON_WEEKS = 26;
/** Bigger than any real export of one person's calendar; refused before it is read. */
export const MAX_CALENDAR_FILE_BYTES = 10 * 1024 * 1024;

export interface CalendarPersonView {
  name: string | null;
  email: string | null;
}

/** Who a series would be scheduled with. */
export type SeriesRepMatch =
  | { kind: 'rep'; repId: number; repName: string; by: 'email' | 'name' | 'title' }
  /** The rep is archived: unarchive them first to import their one-on-ones. */
  | { kind: 'archived'; repId: number; repName: string }
  /** No rep matches: the import can create one from what the calendar says. */
  | { kind: 'new'; name: string; email: string | null };

export interface PreviewOccurrence {
  /** ISO UTC. */
  startsAt: string;
  durationMinutes: number;
  cancelled: boolean;
  /** Moved away from where the series puts it. */
  moved: boolean;
  /** Already a one-on-one in Coachbook from an earlier import. */
  imported: boolean;
}

/** A recurring series in the file that looks like a one-on-one. */
export interface SeriesPreview {
  /** The calendar's UID: what the manager's choice names. */
  uid: string;
  title: string;
  /** Why it looks like a one-on-one, in words. */
  reason: string;
  /** IANA zone of the series (or the file's own TZID), 'floating' for the manager's wall clock. */
  timeZone: string;
  person: CalendarPersonView | null;
  match: SeriesRepMatch;
  /** Upcoming occurrences up to the longest horizon, soonest first. */
  occurrences: PreviewOccurrence[];
}

export interface CalendarImportPreview {
  /** Names this read of the file when the manager confirms; valid for this run of the app. */
  token: string;
  fileName: string;
  /** "Outlook", "Google Calendar", "Apple Calendar" or the file's PRODID. */
  producer: string | null;
  series: SeriesPreview[];
  /** Events that do not look like one-on-ones (team meetings, one-off events, ended series). */
  otherEventCount: number;
  /** Events the file has that could not be read, with the reason. */
  skipped: Array<{ title: string; reason: string }>;
  /** Today in the manager's time zone, where the horizon starts (ISO UTC of its midnight). */
  from: string;
}

export interface CalendarImportResult {
  scheduled: number;
  rescheduled: number;
  cancelled: number;
  unchanged: number;
  repsCreated: number;
}

const newRepSchema = repFieldsSchema.pick({ name: true, email: true });

export const confirmCalendarImportSchema = z.object({
  token: z.string({ message: 'Import token is missing' }).uuid('Import token is not valid'),
  horizonWeeks: z
    .number({ message: 'Horizon must be a number of weeks' })
    .int('Horizon must be a whole number of weeks')
    .min(1, 'Horizon must be at least one week')
    .max(MAX_IMPORT_HORIZON_WEEKS, `Horizon must be at most ${MAX_IMPORT_HORIZON_WEEKS} weeks`),
  series: z
    .array(
      z
        .object({
          uid: z.string().min(1, 'Series id is missing').max(1000),
          /** An existing rep, or a new one to create (the name may be edited in the preview). */
          repId: entityId('Rep id').optional(),
          newRep: newRepSchema.optional(),
        })
        .refine((choice) => (choice.repId === undefined) !== (choice.newRep === undefined), {
          message: 'Each series needs either a rep or a new rep',
        }),
    )
    .min(1, 'Pick at least one series to import')
    .max(500),
});

export const exportCalendarSchema = z.object({
  /** One rep's upcoming one-on-ones; all reps' when left out. */
  repId: entityId('Rep id').optional(),
});
