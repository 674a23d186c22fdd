import { afterEach, describe, expect, test, vi } from 'vitest';
import {
  endsBeforeStart,
  formatInputDateTime,
  formatInputDay,
  formatPickedDays,
  isDayOrEmpty,
  parseInputDay,
  timePickerSettings,
  unreadableDayMessage,
  usesTwelveHourClock,
  firstDayOfWeek,
} from '../../../src/renderer/src/forms/date-input-formats';
import { stubSystemLocale } from '../system-locale';

// ICU puts a narrow no-break space before AM/PM; a manager sees a space.
const plain = (text: string) => text.replace(/\s/g, ' ');

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('the clock of date-time inputs', () => {
  test('follows the locale: AM/PM in the US, 24 hours in the UK and Germany', () => {
    expect(usesTwelveHourClock('en-US')).toBe(true);
    expect(usesTwelveHourClock('en-GB')).toBe(false);
    expect(usesTwelveHourClock('de-DE')).toBe(false);
  });

  test('reads the system’s own hour cycle, and hour12 where a runtime gives no cycle', () => {
    const real = Intl.DateTimeFormat.prototype.resolvedOptions;
    const options = vi.spyOn(Intl.DateTimeFormat.prototype, 'resolvedOptions');
    options.mockImplementation(function (this: Intl.DateTimeFormat) {
      return { ...real.call(this), hourCycle: 'h23', hour12: false };
    });
    expect(usesTwelveHourClock()).toBe(false);
    options.mockImplementation(function (this: Intl.DateTimeFormat) {
      return { ...real.call(this), hourCycle: 'h11', hour12: true };
    });
    expect(usesTwelveHourClock()).toBe(true);
    options.mockImplementation(function (this: Intl.DateTimeFormat) {
      return { ...real.call(this), hourCycle: undefined, hour12: true };
    });
    expect(usesTwelveHourClock()).toBe(true);
  });

  test('the time picker gets a 12-hour dial with the locale’s AM/PM, or a 24-hour one', () => {
    expect(timePickerSettings('en-US')).toMatchObject({ format: '12h', amPmLabels: { am: 'AM', pm: 'PM' } });
    expect(timePickerSettings('en-AU')).toMatchObject({ format: '12h', amPmLabels: { am: 'am', pm: 'pm' } });
    expect(timePickerSettings('en-GB')).toMatchObject({ format: '24h' });
  });
});

describe('how a date-time input shows its value', () => {
  test('h:mm AM/PM on a 12-hour clock', () => {
    expect(plain(formatInputDateTime('2026-11-27 10:00:00', 'en-US'))).toBe('Fri, Nov 27, 2026, 10:00 AM');
    expect(plain(formatInputDateTime('2026-11-27 14:30:00', 'en-US'))).toBe('Fri, Nov 27, 2026, 2:30 PM');
    expect(plain(formatInputDateTime('2026-11-27 00:05', 'en-US'))).toBe('Fri, Nov 27, 2026, 12:05 AM');
  });

  test('HH:mm on a 24-hour clock', () => {
    expect(formatInputDateTime('2026-11-27 09:05:00', 'en-GB')).toBe('Fri, 27 Nov 2026, 09:05');
    expect(formatInputDateTime('2026-11-27 14:30:00', 'en-GB')).toBe('Fri, 27 Nov 2026, 14:30');
    expect(formatInputDateTime('2026-11-27 14:30:00', 'de-DE')).toBe('Fr., 27. Nov. 2026, 14:30');
  });

  test('with no locale given, the system’s', () => {
    stubSystemLocale('en-GB');
    expect(formatInputDateTime('2026-11-27 14:30:00')).toBe('Fri, 27 Nov 2026, 14:30');
    stubSystemLocale('en-US');
    expect(plain(formatInputDateTime('2026-11-27 14:30:00'))).toBe('Fri, Nov 27, 2026, 2:30 PM');
  });
});

describe('how a date input shows its day', () => {
  test('day, month name and year in the locale’s order: never two numbers to mix up', () => {
    expect(formatInputDay('2026-03-04', 'en-US')).toBe('Mar 4, 2026');
    expect(formatInputDay('2026-03-04', 'en-GB')).toBe('4 Mar 2026');
    expect(formatInputDay('2026-03-04', 'de-DE')).toBe('4. März 2026');
  });

  test('a range picked in a pick-only input, and one still waiting for its end', () => {
    stubSystemLocale('en-US');
    const range = { type: 'range' as const, locale: 'en', format: '', labelSeparator: '–' };
    expect(formatPickedDays({ ...range, date: ['2026-11-01', '2026-11-30'] })).toBe('Nov 1, 2026 – Nov 30, 2026');
    expect(formatPickedDays({ ...range, date: ['2026-11-01', null] })).toBe('Nov 1, 2026 –');
    expect(formatPickedDays({ ...range, date: [null, null] })).toBe('');
    expect(formatPickedDays({ ...range, type: 'default', date: '2026-12-18' })).toBe('Dec 18, 2026');
    expect(formatPickedDays({ ...range, type: 'default', date: null })).toBe('');
  });
});

describe('reading a typed day', () => {
  test('ISO is read in every locale; a day that does not exist is not', () => {
    expect(parseInputDay('2026-11-27', 'en-US')).toBe('2026-11-27');
    expect(parseInputDay(' 2026-11-27 ', 'de-DE')).toBe('2026-11-27');
    expect(parseInputDay('2026-02-30', 'en-US')).toBeNull();
    expect(parseInputDay('2026-13-01', 'en-US')).toBeNull();
  });

  test('the way the inputs show days reads back, in several locales and every month', () => {
    for (const locale of ['en-US', 'en-GB', 'de-DE', 'fr-FR', 'es-ES', 'pt-BR', 'nl-NL', 'ru-RU']) {
      for (let month = 1; month <= 12; month += 1) {
        const day = `2026-${String(month).padStart(2, '0')}-07`;
        expect([locale, parseInputDay(formatInputDay(day, locale), locale)]).toEqual([locale, day]);
      }
    }
  });

  test('what a person types: any case, full or short month, either order, a weekday in front', () => {
    expect(parseInputDay('nov 27 2026', 'en-US')).toBe('2026-11-27');
    expect(parseInputDay('27 November 2026', 'en-US')).toBe('2026-11-27');
    expect(parseInputDay('Fri, Nov 27, 2026', 'en-US')).toBe('2026-11-27');
    expect(parseInputDay('7 Sep 2026', 'en-GB')).toBe('2026-09-07');
    expect(parseInputDay('7 sept 2026', 'en-GB')).toBe('2026-09-07');
    // English month names work on a German system too: the app and its calendar are in English.
    expect(parseInputDay('27. Okt. 2026', 'de-DE')).toBe('2026-10-27');
    expect(parseInputDay('27 Oct 2026', 'de-DE')).toBe('2026-10-27');
  });

  test('anything that could be a wrong day is refused rather than guessed', () => {
    for (const text of [
      '03/04/2026', // which is the month?
      '27 11 2026',
      '31 Feb 2026',
      'Nov 27 26', // a two-digit year
      'Nov 2026',
      '27 Nov',
      'Ju 4 2026', // June or July
      '27 Nov 2026 tomorrow',
      'Nov 27 2026 10',
      'next Friday',
      '',
    ]) {
      expect([text, parseInputDay(text, 'en-US')]).toEqual([text, null]);
    }
  });

  test('the message for unreadable text shows both forms that do read', () => {
    expect(plain(unreadableDayMessage('en-US'))).toBe('Not a date. Type it like Nov 27, 2026 or 2026-11-27.');
    expect(unreadableDayMessage('en-GB')).toBe('Not a date. Type it like 27 Nov 2026 or 2026-11-27.');
    // Japanese writes months as numbers (11月), which this reader does not take: ISO only.
    expect(unreadableDayMessage('ja-JP')).toBe('Not a date. Type it like 2026-11-27.');
  });

  test('a field holding typed text that is not a day is neither a day nor empty', () => {
    expect(isDayOrEmpty(null)).toBe(true);
    expect(isDayOrEmpty('2026-11-27')).toBe(true);
    expect(isDayOrEmpty('27 Nov')).toBe(false);
  });

  test('a period is the wrong way round only when both ends are days', () => {
    expect(endsBeforeStart('2026-11-30', '2026-11-01')).toBe(true);
    expect(endsBeforeStart('2026-11-01', '2026-11-01')).toBe(false);
    expect(endsBeforeStart('2026-11-01', null)).toBe(false);
    // Typed text is the field's own error, not a range the wrong way round.
    expect(endsBeforeStart('nov', '2026-11-01')).toBe(false);
  });
});

describe('the first day of the week in calendars', () => {
  test('follows the locale: Sunday in the US, Monday in Britain and Germany, Saturday in Egypt', () => {
    expect(firstDayOfWeek('en-US')).toBe(0);
    expect(firstDayOfWeek('en-GB')).toBe(1);
    expect(firstDayOfWeek('de-DE')).toBe(1);
    expect(firstDayOfWeek('ar-EG')).toBe(6);
  });

  test('Monday when the locale is not one the runtime knows', () => {
    expect(firstDayOfWeek('not a locale')).toBe(1);
  });
});
