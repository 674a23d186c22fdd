import type { Clock } from '../../../src/main/services/clock';

/** A clock the test moves by hand. */
export interface FixedClock extends Clock {
  set(date: Date): void;
}

export function fixedClock(start: Date): FixedClock {
  let current = start;
  return {
    now: () => current,
    set: (date) => {
      current = date;
    },
  };
}

/** Friday 27 November 2026, 09:00 in the machine's time zone. */
export const FRIDAY_MORNING = new Date(2026, 10, 27, 9, 0);

/** A local wall-clock time as the ISO instant the API stores. */
export const localInstant = (year: number, month: number, day: number, hour = 10, minute = 0): string =>
  new Date(year, month - 1, day, hour, minute).toISOString();
