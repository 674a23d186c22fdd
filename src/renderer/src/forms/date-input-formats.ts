import type { DateFormatter, DateValue } from '@mantine/dates';
import { isValid, parseISO } from 'date-fns';
import { calendarDayOf } from '@shared/accountability/calendar-days';
import { isCalendarDate } from '@shared/validation';

/*
 * How every date and time input shows its value: in the manager's locale (Intl, so no dayjs
 * locale has to ship), always with the month as a word so 03/04 can never be read two ways, and
 * with the clock the system uses (9:30 AM or 09:30). Display only: the values the inputs hold
 * and send stay yyyy-MM-dd days and ISO UTC instants.
 *
 * `locale` is for tests; the app passes nothing, which means the system's locale.
 */

/** True when the system writes times with AM/PM (en-US), false for a 24-hour clock (en-GB). */
export function usesTwelveHourClock(locale?: string): boolean {
  const { hourCycle, hour12 } = new Intl.DateTimeFormat(locale, { hour: 'numeric' }).resolvedOptions();
  return hourCycle ? hourCycle === 'h11' || hourCycle === 'h12' : hour12 === true;
}

const DAY_OPTIONS: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'short', year: 'numeric' };

function timeOptions(locale: string | undefined): Intl.DateTimeFormatOptions {
  // h:mm A on a 12-hour clock, HH:mm on a 24-hour one.
  return usesTwelveHourClock(locale)
    ? { hour: 'numeric', minute: '2-digit', hourCycle: 'h12' }
    : { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' };
}

/** Mantine hands the inputs local wall-clock strings: "2026-11-27" or "2026-11-27 09:30:00". */
function wallClock(value: string): Date | null {
  const parsed = parseISO(value);
  return isValid(parsed) ? parsed : null;
}

/** A day as the inputs show it: "Nov 27, 2026" (en-US), "27 Nov 2026" (en-GB). */
export function formatInputDay(day: string, locale?: string): string {
  const date = wallClock(day);
  return date ? new Intl.DateTimeFormat(locale, DAY_OPTIONS).format(date) : day;
}

/** A date and time as the pickers show it: "Fri, Nov 27, 2026, 9:30 AM" or "Fri, 27 Nov 2026, 09:30". */
export function formatInputDateTime(value: string, locale?: string): string {
  const date = wallClock(value);
  if (!date) return value;
  return new Intl.DateTimeFormat(locale, { weekday: 'short', ...DAY_OPTIONS, ...timeOptions(locale) }).format(date);
}

const dayString = (value: DateValue): string | null =>
  value === null ? null : typeof value === 'string' ? value : calendarDayOf(value);

/**
 * Mantine's `valueFormatter` for the pick-only inputs (DatePickerInput): one day, several, or a
 * period "Nov 1, 2026 – Nov 30, 2026" whose end is blank while it is still being chosen.
 */
export const formatPickedDays: DateFormatter = ({ type, date, labelSeparator }) => {
  const shown = (value: DateValue) => {
    const day = dayString(value);
    return day ? formatInputDay(day) : '';
  };
  if (!Array.isArray(date)) return shown(date);
  if (type === 'multiple') return date.map(shown).join(', ');
  const [first = null, last = null] = date;
  if (!first) return '';
  return `${shown(first)} ${labelSeparator} ${shown(last)}`.trimEnd();
};

/** What the time part of a date-time picker needs to follow the system's clock. */
export function timePickerSettings(locale?: string) {
  const twelveHour = usesTwelveHourClock(locale);
  return {
    format: twelveHour ? ('12h' as const) : ('24h' as const),
    amPmLabels: dayPeriodLabels(locale),
    hoursInputLabel: 'Hour',
    minutesInputLabel: 'Minutes',
    amPmInputLabel: 'AM or PM',
  };
}

/** What every DateTimePicker is given to read like the rest: the shown value and the clock of its time part. */
export const dateTimePickerDisplay = () => ({
  valueFormat: (value: string) => formatInputDateTime(value),
  timePickerProps: timePickerSettings(),
});

/** The locale's own AM/PM words ("AM"/"PM", "am"/"pm", "오전"/"오후"), so the picker matches the field. */
function dayPeriodLabels(locale: string | undefined): { am: string; pm: string } {
  const clock = new Intl.DateTimeFormat(locale, { hour: 'numeric', hourCycle: 'h12' });
  const period = (hour: number) =>
    clock.formatToParts(new Date(2026, 0, 1, hour)).find((part) => part.type === 'dayPeriod')?.value;
  return { am: period(9) ?? 'AM', pm: period(21) ?? 'PM' };
}

/* Reading what the manager typed. */

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const WORD_OR_NUMBER = /\p{L}+|\d+/gu;
const YEAR = /^\d{4}$/;
const DAY_OF_MONTH = /^\d{1,2}$/;

interface DayWords {
  /** Every way of writing each month (short and long, the locale's and English), lower case. */
  months: Array<{ name: string; month: number }>;
  /** Words allowed around a date that say nothing about which day: weekdays, "de" in "7 de set. de 2026". */
  fillers: Set<string>;
}

const wordsByLocale = new Map<string, DayWords>();

const wordsOf = (text: string, locale: string): string[] => text.toLocaleLowerCase(locale).match(WORD_OR_NUMBER) ?? [];
const isWord = (token: string) => !/\d/.test(token);

const resolvedLocale = (locale: string | undefined): string => new Intl.DateTimeFormat(locale).resolvedOptions().locale;

function dayWords(resolved: string): DayWords {
  const cached = wordsByLocale.get(resolved);
  if (cached) return cached;
  const months: DayWords['months'] = [];
  const fillers = new Set<string>();
  // The manager's locale first; English too, since the app speaks English.
  for (const language of [resolved, 'en-US']) {
    for (const style of ['short', 'long'] as const) {
      // Months named inside a whole date, which is the form some languages use only there.
      const dates = new Intl.DateTimeFormat(language, { day: 'numeric', month: style, year: 'numeric' });
      for (let month = 0; month < 12; month += 1) {
        for (const part of dates.formatToParts(new Date(2026, month, 7))) {
          const words = wordsOf(part.value, language).filter(isWord);
          if (part.type === 'month' && words.length === 1 && words[0])
            months.push({ name: words[0], month: month + 1 });
          if (part.type === 'literal') words.forEach((word) => fillers.add(word));
        }
      }
      const weekdays = new Intl.DateTimeFormat(language, { weekday: style });
      for (let date = 4; date < 11; date += 1) {
        wordsOf(weekdays.format(new Date(2026, 0, date)), language).forEach((word) => fillers.add(word));
      }
    }
  }
  const words = { months, fillers };
  wordsByLocale.set(resolved, words);
  return words;
}

/** The month a word names: "nov", "November", "sept" (3 letters at least, and only one month fits). */
function monthNamed(word: string, words: DayWords): number | null {
  const fits = new Set(
    words.months
      .filter(({ name }) => name === word || (word.length >= 3 && name.startsWith(word)))
      .map(({ month }) => month),
  );
  return fits.size === 1 ? ([...fits][0] ?? null) : null;
}

/**
 * The day typed into a date input, as yyyy-MM-dd, or null when it is not one. Reads ISO
 * (2026-11-27) and the way the inputs show days, in any order the locale writes them: "27 Nov
 * 2026", "Nov 27, 2026", "27. November 2026". A day written only in numbers other than ISO
 * (03/04/2026) is refused: which of the two is the month is exactly what cannot be known.
 */
export function parseInputDay(text: string, locale?: string): string | null {
  const trimmed = text.trim();
  if (ISO_DAY.test(trimmed)) return isCalendarDate(trimmed) ? trimmed : null;
  const resolved = resolvedLocale(locale);
  const words = dayWords(resolved);
  const tokens = wordsOf(trimmed, resolved);
  const numbers = tokens.filter((token) => !isWord(token));
  const year = numbers.find((token) => YEAR.test(token));
  const dayOfMonth = numbers.find((token) => DAY_OF_MONTH.test(token));
  if (numbers.length !== 2 || !year || !dayOfMonth) return null;
  // Every other word must name the month, and the same one; a weekday or a "de" may stand by.
  const named = tokens.filter(isWord);
  const plain = named.filter((word) => !words.fillers.has(word));
  const months = new Set((plain.length > 0 ? plain : named).map((word) => monthNamed(word, words)));
  const month = months.size === 1 ? [...months][0] : null;
  if (!month) return null;
  const day = `${year}-${String(month).padStart(2, '0')}-${dayOfMonth.padStart(2, '0')}`;
  return isCalendarDate(day) ? day : null;
}

/** What a date field says when its text is not a date: an example in both forms it reads. */
export function unreadableDayMessage(locale?: string): string {
  const example = '2026-11-27';
  const shown = formatInputDay(example, locale);
  // A locale whose days this parser cannot read back (numbers-only months) is only offered ISO.
  return parseInputDay(shown, locale) === example
    ? `Not a date. Type it like ${shown} or ${example}.`
    : `Not a date. Type it like ${example}.`;
}

/**
 * A date field's value is a real day or empty. Date inputs hand back the typed text when it is not
 * a date, so a form's schema refuses it under the field; a filter must not send it either.
 */
export const isDayOrEmpty = (value: string | null): boolean => value === null || isCalendarDate(value);

/** Two days of a period the wrong way round (both real days: anything else is the fields' own error). */
export const endsBeforeStart = (from: string | null, to: string | null): boolean =>
  from !== null && to !== null && isCalendarDate(from) && isCalendarDate(to) && from > to;

/**
 * Why a from–to filter cannot be asked for (main would refuse it), or null when it can: a field
 * holding text that is not a day, or a period that ends before it starts.
 */
export function periodProblem(from: string | null, to: string | null): 'unreadable' | 'reversed' | null {
  if (!isDayOrEmpty(from) || !isDayOrEmpty(to)) return 'unreadable';
  return endsBeforeStart(from, to) ? 'reversed' : null;
}

type DayOfWeek = 0 | 1 | 2 | 3 | 4 | 5 | 6;
type WeekInfoLocale = Intl.Locale & { getWeekInfo?: () => { firstDay: number }; weekInfo?: { firstDay: number } };

/**
 * The day calendars start their weeks on, as the system's locale does: Sunday (0) in the US,
 * Monday (1) in most of Europe. Monday when the runtime cannot tell.
 */
export function firstDayOfWeek(locale?: string): DayOfWeek {
  try {
    const resolved = new Intl.Locale(resolvedLocale(locale)) as WeekInfoLocale;
    // Intl numbers days 1 (Monday) … 7 (Sunday); calendars number them 0 (Sunday) … 6.
    const firstDay = (resolved.getWeekInfo?.() ?? resolved.weekInfo)?.firstDay;
    return firstDay === undefined ? 1 : ((firstDay % 7) as DayOfWeek);
  } catch {
    return 1;
  }
}
