import { addWeeks } from 'date-fns';
import type {
  CalendarImportPreview,
  CalendarImportResult,
  PreviewOccurrence,
  SeriesPreview,
} from '@shared/calendar/calendar';

/** The occurrences a horizon of `weeks` from the preview's start takes in. */
export const occurrencesWithin = (
  preview: Pick<CalendarImportPreview, 'from'>,
  series: SeriesPreview,
  weeks: number,
): PreviewOccurrence[] => {
  const until = addWeeks(new Date(preview.from), weeks).toISOString();
  return series.occurrences.filter((occurrence) => occurrence.startsAt < until);
};

const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`;

/** "9 one-on-ones · 1 moved · 1 cancelled in the calendar · 9 already in Coachbook". */
export const occurrenceSummary = (occurrences: PreviewOccurrence[]): string => {
  const meetings = occurrences.filter((o) => !o.cancelled);
  const parts = [plural(meetings.length, 'one-on-one')];
  const moved = meetings.filter((o) => o.moved).length;
  const cancelled = occurrences.length - meetings.length;
  const imported = occurrences.filter((o) => o.imported).length;
  if (moved) parts.push(`${moved} moved`);
  if (cancelled) parts.push(`${cancelled} cancelled in the calendar`);
  if (imported) parts.push(`${imported} already in Coachbook`);
  return parts.join(' · ');
};

/** Series that can be imported as they are: matched to an active rep, or with a rep to create. */
export const importableByDefault = (series: SeriesPreview): boolean => series.match.kind !== 'archived';

/** The manager's time zone in words, or the series' when it differs ("times in America/New_York"). */
export const zoneNote = (series: SeriesPreview, managerZone: string): string | null => {
  if (series.timeZone === 'floating') return 'Times as in your calendar, in your time zone';
  if (series.timeZone === managerZone || series.timeZone === 'UTC') return null;
  return `Set in ${series.timeZone.replace(/_/g, ' ')}; shown in your time zone`;
};

/** "Scheduled 9 one-on-ones; 1 rescheduled; 2 cancelled; 1 new rep." */
export const importResultMessage = (result: CalendarImportResult): string => {
  const parts = [`Scheduled ${plural(result.scheduled, 'one-on-one')}`];
  if (result.rescheduled) parts.push(`${result.rescheduled} rescheduled`);
  if (result.cancelled) parts.push(`${result.cancelled} cancelled`);
  if (result.unchanged) parts.push(`${result.unchanged} already up to date`);
  if (result.repsCreated) parts.push(plural(result.repsCreated, 'new rep'));
  return `${parts.join('; ')}.`;
};
