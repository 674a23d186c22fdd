import dayjs from 'dayjs';
import { describe, expect, test } from 'vitest';
import { calendarLocaleName } from '../../../src/renderer/src/forms/calendar-locale';
import { loadCalendarLocale } from '../../../src/renderer/src/forms/calendar-locale-files';

/* The calendars' month and weekday names come from the dayjs locale nearest the system's. */

// The locales dayjs ships.
const DAYJS_LOCALES = new Set(
  Object.keys(import.meta.glob('./*.js', { base: '../../../node_modules/dayjs/locale' })).map((path) =>
    path.slice('./'.length, -'.js'.length),
  ),
);

describe('the dayjs locale for a system locale', () => {
  test.each([
    ['de-DE', 'de'],
    ['de-AT', 'de-at'],
    ['en-US', 'en'],
    ['en-GB', 'en-gb'],
    ['pt-BR', 'pt-br'],
    ['pt-PT', 'pt'],
    ['zh-CN', 'zh-cn'],
    ['zh-Hans-CN', 'zh-cn'],
    ['sr-Cyrl-RS', 'sr-cyrl'],
    ['de-DE-u-co-phonebk', 'de'],
    ['xx-YY', 'en'],
    ['not a locale', 'en'],
  ])('%s → %s', (tag, name) => {
    expect(calendarLocaleName(tag, DAYJS_LOCALES)).toBe(name);
  });
});

describe('loading a calendar locale', () => {
  test('German is loaded and names months and weekdays without becoming dayjs’s default', async () => {
    expect(await loadCalendarLocale('de-DE')).toBe('de');
    const day = dayjs('2026-11-24').locale('de');
    expect([day.format('MMMM YYYY'), day.format('dd')]).toEqual(['November 2026', 'Di']);
    expect(dayjs.locale()).toBe('en');
    expect(dayjs('2026-11-24').format('MMMM dd')).toBe('November Tu');
  });

  test('a language dayjs does not have stays English', async () => {
    expect(await loadCalendarLocale('xx-YY')).toBe('en');
  });
});
