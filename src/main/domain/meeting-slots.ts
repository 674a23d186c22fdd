import { addDays, addMonths, addWeeks, isWeekend, set } from 'date-fns';
import type { Cadence } from '@shared/reps/rep';

/** The slot `steps` cadences after `from`. Counted from `from` each time so month ends do not drift (Jan 31 → Mar 31, not Mar 28). */
export function addCadence(from: Date, cadence: Cadence, steps = 1): Date {
  if (cadence === 'weekly') return addWeeks(from, steps);
  if (cadence === 'biweekly') return addWeeks(from, 2 * steps);
  return addMonths(from, steps);
}

/** About forty years of weekly slots: far beyond any real gap, and a bound on the loop below. */
const MAX_STEPS = 2000;

/**
 * The default time for a rep's next one-on-one: one cadence after their latest meeting, at the
 * same local time of day (date-fns keeps wall-clock time across daylight-saving changes); rolled
 * forward by whole cadences while it would be in the past. A rep with no meetings yet gets the
 * next weekday at 10:00 local time.
 */
export function suggestNextSlot(latestMeeting: Date | null, cadence: Cadence, now: Date): Date {
  if (!latestMeeting) return nextWeekdayAtTen(now);
  for (let steps = 1; steps <= MAX_STEPS; steps += 1) {
    const slot = addCadence(latestMeeting, cadence, steps);
    if (slot > now) return slot;
  }
  return nextWeekdayAtTen(now);
}

function nextWeekdayAtTen(now: Date): Date {
  let day = addDays(now, 1);
  while (isWeekend(day)) day = addDays(day, 1);
  return set(day, { hours: 10, minutes: 0, seconds: 0, milliseconds: 0 });
}
