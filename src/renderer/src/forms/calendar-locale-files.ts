import dayjs from 'dayjs';
import { DEFAULT_CALENDAR_LOCALE, calendarLocaleName } from './calendar-locale';

/*
 * dayjs's ~145 locale files, each its own small chunk loaded only when asked for. This map of them
 * (~20 KB) is itself a lazy chunk, so the main bundle carries none of it. The base is relative
 * because the renderer's root is src/renderer, not the folder node_modules is in. These are
 * dayjs's CommonJS builds, which register with the same dayjs Mantine uses (the ESM ones import
 * a second copy of dayjs).
 */
const localeFiles = import.meta.glob('./*.js', { base: '../../../../node_modules/dayjs/locale' });

const loaders = new Map(
  Object.entries(localeFiles).map(([path, load]) => [path.slice('./'.length, -'.js'.length), load]),
);

/**
 * Loads the dayjs locale for a BCP 47 tag and answers its name, or 'en' when dayjs has none.
 * The file registers itself without becoming dayjs's global default, so only what is asked to
 * speak it (the calendars, through DatesProvider) does.
 */
export async function loadCalendarLocale(tag: string): Promise<string> {
  const name = calendarLocaleName(tag, new Set(loaders.keys()));
  const load = loaders.get(name);
  if (name === DEFAULT_CALENDAR_LOCALE || !load) return DEFAULT_CALENDAR_LOCALE;
  await load();
  return name in dayjs.Ls ? name : DEFAULT_CALENDAR_LOCALE;
}
