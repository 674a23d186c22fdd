import type { Cadence } from '../reps/rep';
import { addDays, addMonthsToDay, daysBetween } from './calendar-days';

/** The day the next one-on-one is due after one held on `lastHeldDate`. */
export function nextMeetingDue(lastHeldDate: string, cadence: Cadence): string {
  if (cadence === 'monthly') return addMonthsToDay(lastHeldDate, 1);
  return addDays(lastHeldDate, cadence === 'weekly' ? 7 : 14);
}

/**
 * Product rules (docs/product-rules.md): a rep whose last held one-on-one is older than their cadence is overdue. Weekly
 * after Monday's meeting: next Monday is still on time, Tuesday is overdue. A rep who has never
 * had a held one-on-one is overdue too: the first one is the most important.
 */
export function isMeetingOverdue(lastHeldDate: string | null, cadence: Cadence, today: string): boolean {
  if (lastHeldDate === null) return true;
  return today > nextMeetingDue(lastHeldDate, cadence);
}

export const daysSince = (day: string | null, today: string): number | null =>
  day === null ? null : daysBetween(day, today);
