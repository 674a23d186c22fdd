import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { dataDirPerFile } from './data-dir-per-file';
import { launchApp, type LaunchedApp } from './app';
import { addFirstRepAndOpen } from './meeting-steps';

/*
 * The calendars name months and weekdays in the system's language, from a dayjs locale the
 * built renderer loads on demand (a lazy chunk the CSP's script-src 'self' allows).
 */

let app: LaunchedApp;
const dataDir = dataDirPerFile(() => app);

const REP = 'Ana Ruiz';
const GERMAN_ONLY_MONTH = /^(Januar|Februar|März|Mai|Juni|Juli|Oktober|Dezember) /;
const GERMAN_MONTH = /^(Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember) \d{4}$/;

/** Opens the schedule picker's calendar and answers its header and weekday row. */
async function openScheduleCalendar(
  page: Page,
): Promise<{ header: () => Promise<string>; weekdays: () => Promise<string[]> }> {
  await page.getByRole('button', { name: 'Schedule one-on-one' }).click();
  const dialog = page.getByRole('dialog', { name: `Schedule a one-on-one with ${REP}` });
  const picker = dialog.getByRole('button', { name: 'Date and time' });
  await expect.poll(() => picker.textContent()).toMatch(/\d{4}/);
  await picker.click();
  // The picker's calendar is in a pop-up beside the modal rather than in it; it is the only one open.
  const weekday = page.locator('.mantine-DateTimePicker-weekday');
  await weekday.first().waitFor();
  return {
    // The level button above the days: "November 2026".
    header: async () => (await page.locator('.mantine-DateTimePicker-calendarHeaderLevel').textContent()) ?? '',
    weekdays: () => weekday.allTextContents(),
  };
}

it('on a German system the calendar reads "November 2026" and Mo Di Mi …, from Monday', async () => {
  app = await launchApp({ dataDir: dataDir(), locale: 'de-DE' });
  const { page } = app;
  await addFirstRepAndOpen(page, REP);
  const calendar = await openScheduleCalendar(page);
  await expect.poll(calendar.weekdays).toEqual(['Mo', 'Di', 'Mi', 'Do', 'Fr', 'Sa', 'So']);
  expect(await calendar.header()).toMatch(GERMAN_MONTH);
  await app.screenshot('calendar-locale-de');

  // The year's months, where German and English differ most: "März", "Okt.", "Dez.".
  await page.locator('.mantine-DateTimePicker-calendarHeaderLevel').click();
  const months = await page.locator('.mantine-DateTimePicker-monthsListControl').allTextContents();
  expect(months).toEqual(expect.arrayContaining(['März', 'Mai', 'Okt.', 'Dez.']));
  expect(months).not.toContain('Oct');
  expect(app.pageErrors).toEqual([]);
});

it('on a US system it stays English, from Sunday', async () => {
  app = await app.restart({ locale: 'en-US' });
  const { page } = app;
  await page.getByRole('link', { name: 'Reps' }).click();
  await page.getByRole('link', { name: REP, exact: true }).first().click();
  const calendar = await openScheduleCalendar(page);
  expect(await calendar.weekdays()).toEqual(['Su', 'Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa']);
  expect(await calendar.header()).toMatch(/^[A-Z][a-z]+ \d{4}$/);
  expect(await calendar.header()).not.toMatch(GERMAN_ONLY_MONTH);
  await app.screenshot('calendar-locale-en-us');
  expect(app.pageErrors).toEqual([]);
});
