import { isCalendarDate } from '@shared/validation';

/*
 * Start dates as spreadsheets write them. A CSV file carries no locale, and the manager's own
 * locale does not say how the file was written (a CRM exports in the exporting user's locale,
 * a colleague's sheet in theirs), so the order of day and month is read from the file itself:
 * - 2024-03-15 (ISO, also with a time after it) and 2024/03/15 are year-month-day everywhere;
 * - 15.03.2024 is day first in every locale that writes dots (German, Nordic, Slavic…);
 * - 03/15/2024 is month first (US), 15/03/2024 day first (UK, most of Europe): a part over 12
 *   settles it. 03/04/2024 could be either; when other dates in the same file settle the order
 *   (one file, one way of writing), that order is used, otherwise the line gets an error that
 *   asks for the ISO form. Coachbook never guesses a start date.
 * - 15 Mar 2024, 15-Mar-24 (Excel's d-mmm-yy) and March 15, 2024 name the month.
 * Two-digit years follow Excel: 00–29 are 2000–2029, 30–99 are 1930–1999.
 */

export type DayMonthOrder = 'month-first' | 'day-first';

export type StartDateRead =
  | { kind: 'day'; day: string; order?: DayMonthOrder }
  /** Both numbers are 12 or less and differ: only the rest of the file can tell. */
  | { kind: 'ambiguous'; first: number; second: number; year: number }
  | { kind: 'invalid'; message: string };

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const ISO_HINT = 'write it as yyyy-mm-dd, like 2024-03-15';

const pad = (value: number) => String(value).padStart(2, '0');

const fullYear = (text: string): number => {
  const year = Number(text);
  if (text.length === 4) return year;
  return year < 30 ? 2000 + year : 1900 + year;
};

const monthOfName = (name: string): number | null => {
  const lower = name.toLowerCase().replace(/\.$/, '');
  // "Sept" is how many people abbreviate September.
  const prefix = lower === 'sept' ? 'sep' : lower.slice(0, 3);
  const index = MONTHS.indexOf(prefix);
  if (index < 0 || lower.length < 3) return null;
  return index + 1;
};

export function calendarDay(year: number, month: number, day: number): string | null {
  const text = `${String(year).padStart(4, '0')}-${pad(month)}-${pad(day)}`;
  return isCalendarDate(text) ? text : null;
}

const ISO = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[T ]\S.*)?$/;
const DOTTED = /^(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4}|\d{2})\.?(?: \S.*)?$/;
const SLASHED = /^(\d{1,2})([/-])(\d{1,2})\2(\d{4}|\d{2})(?: \S.*)?$/;
const DAY_MONTH_NAME = /^(\d{1,2})[ -]([A-Za-z]{3,9}\.?)[ -](\d{4}|\d{2})$/;
const MONTH_NAME_DAY = /^([A-Za-z]{3,9}\.?) (\d{1,2}),? (\d{4})$/;

/** One cell, on its own. Empty is no start date; the caller resolves `ambiguous` with the whole file. */
export function readStartDate(raw: string): StartDateRead | null {
  const text = raw.trim();
  if (!text) return null;
  const notADate: StartDateRead = { kind: 'invalid', message: `"${text}" is not a date; ${ISO_HINT}.` };
  const notReal: StartDateRead = { kind: 'invalid', message: `"${text}" is not a real calendar day.` };
  const day = (year: number, month: number, dayOfMonth: number, order?: DayMonthOrder): StartDateRead => {
    const found = calendarDay(year, month, dayOfMonth);
    return found ? { kind: 'day', day: found, order } : notReal;
  };

  const iso = ISO.exec(text);
  if (iso) return day(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const dotted = DOTTED.exec(text);
  if (dotted) return day(fullYear(dotted[3] ?? ''), Number(dotted[2]), Number(dotted[1]));
  const slashed = SLASHED.exec(text);
  if (slashed) {
    const first = Number(slashed[1]);
    const second = Number(slashed[3]);
    const year = fullYear(slashed[4] ?? '');
    if (first > 12 && second > 12) return notReal;
    if (first > 12) return day(year, second, first, 'day-first');
    if (second > 12) return day(year, first, second, 'month-first');
    if (first === second) return day(year, first, second);
    return { kind: 'ambiguous', first, second, year };
  }
  const dayMonth = DAY_MONTH_NAME.exec(text);
  if (dayMonth) {
    const month = monthOfName(dayMonth[2] ?? '');
    return month === null ? notADate : day(fullYear(dayMonth[3] ?? ''), month, Number(dayMonth[1]));
  }
  const monthDay = MONTH_NAME_DAY.exec(text);
  if (monthDay) {
    const month = monthOfName(monthDay[1] ?? '');
    return month === null ? notADate : day(Number(monthDay[3]), month, Number(monthDay[2]));
  }
  return notADate;
}

const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** The order the file's unambiguous dates show, or null when they show none or both. */
export function fileDayMonthOrder(reads: ReadonlyArray<StartDateRead | null>): DayMonthOrder | null {
  const orders = new Set(reads.flatMap((read) => (read?.kind === 'day' && read.order ? [read.order] : [])));
  return orders.size === 1 ? ([...orders][0] ?? null) : null;
}

/** Settles an ambiguous date by the file's order, or says why it cannot be read. */
export function resolveAmbiguous(
  raw: string,
  read: Extract<StartDateRead, { kind: 'ambiguous' }>,
  order: DayMonthOrder | null,
): { day: string } | { message: string } {
  const { first, second, year } = read;
  if (order !== null) {
    const found = order === 'month-first' ? calendarDay(year, first, second) : calendarDay(year, second, first);
    if (found) return { day: found };
  }
  const asMonthFirst = `${second} ${MONTH_NAMES[first - 1]}`;
  const asDayFirst = `${first} ${MONTH_NAMES[second - 1]}`;
  return {
    message:
      `"${raw.trim()}" could be ${asMonthFirst} or ${asDayFirst} ${year}, and no other date in the file tells ` +
      `which; ${ISO_HINT}.`,
  };
}
