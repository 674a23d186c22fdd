import { useEffect, useState } from 'react';

/*
 * The calendars (Mantine's, which name months and weekdays through dayjs) speak the system's
 * language when dayjs has it. Only that one locale file is loaded, on demand
 * (calendar-locale-files.ts), so the bundle does not carry all of them.
 */

/** What the calendars speak until (or unless) the system's language is loaded: dayjs's built-in English. */
export const DEFAULT_CALENDAR_LOCALE = 'en';

/**
 * The dayjs locale for a BCP 47 tag among the `available` ones: the whole tag (de-AT → de-at),
 * then language and script (sr-Cyrl-RS → sr-cyrl), then language and region (zh-Hans-CN →
 * zh-cn), then the language alone (de-DE → de); English when dayjs has none of them.
 */
export function calendarLocaleName(tag: string, available: ReadonlySet<string>): string {
  let locale: Intl.Locale;
  try {
    locale = new Intl.Locale(tag);
  } catch {
    return DEFAULT_CALENDAR_LOCALE;
  }
  const { baseName, language, script, region } = locale;
  const candidates = [baseName, script && `${language}-${script}`, region && `${language}-${region}`, language];
  return (
    candidates.map((name) => name?.toLowerCase()).find((name) => name !== undefined && available.has(name)) ??
    DEFAULT_CALENDAR_LOCALE
  );
}

/** American English (or plain English) is what dayjs speaks built in: nothing to load. */
const speaksBuiltInEnglish = (tag: string): boolean => ['en', 'en-us'].includes(tag.toLowerCase());

/**
 * The calendars' locale for DatesProvider: English at first, the system's language once its file
 * has loaded. A file that fails to load leaves the calendars in English rather than breaking them.
 */
export function useCalendarLocale(): string {
  const [locale, setLocale] = useState(DEFAULT_CALENDAR_LOCALE);
  useEffect(() => {
    const tag = new Intl.DateTimeFormat().resolvedOptions().locale;
    if (speaksBuiltInEnglish(tag)) return;
    let current = true;
    import('./calendar-locale-files')
      .then(({ loadCalendarLocale }) => loadCalendarLocale(tag))
      .then(
        (loaded) => {
          if (current) setLocale(loaded);
        },
        (error: unknown) => console.warn('The calendars stay in English: their locale did not load.', error),
      );
    return () => {
      current = false;
    };
  }, []);
  return locale;
}
