import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { dataDirPerFile } from './data-dir-per-file';
import { launchApp, type LaunchedApp } from './app';

const FIXTURES = join(__dirname, '../fixtures');

let app: LaunchedApp;
const dataDir = dataDirPerFile(() => app);
/** What the open dialog answers, one file per click; then cancelled. */
let filesToChoose: string[] = [];

const repNames = (page: Page) => page.getByRole('table', { name: 'Reps' }).getByRole('link').allTextContents();
const WEEK_MS = 7 * 86_400_000;

describe('first run: a new manager sees their real team and next week’s one-on-ones', () => {
  it('imports the one-on-ones from a calendar export on the first-run screen, then the rest of the team from a spreadsheet', async () => {
    app = await launchApp({ dataDir: dataDir(), dialogs: { open: () => filesToChoose.shift() ?? null } });
    const { page } = app;
    await page.getByRole('link', { name: 'Reps' }).click();
    await page.getByRole('heading', { name: 'Bring your team into Coachbook' }).waitFor();

    // The calendar: two recurring one-on-ones whose reps are not in the book yet.
    filesToChoose = [join(FIXTURES, 'calendars/google.ics')];
    await page.getByRole('button', { name: /Import a calendar/ }).click();
    const calendar = page.getByRole('dialog', { name: 'Import one-on-ones from google.ics' });
    await calendar.waitFor();
    expect(await calendar.getByRole('region', { name: 'Cara <> Mia' }).getByLabel('New rep').inputValue()).toBe(
      'Cara Lee',
    );
    await calendar.getByRole('button', { name: /^Schedule \d+ one-on-ones?$/ }).click();
    await page.getByText('One-on-ones imported').waitFor();
    await calendar.waitFor({ state: 'detached' });
    await expect.poll(() => repNames(page)).toEqual(expect.arrayContaining(['Cara Lee', 'Dan Okafor']));

    // The team list: everyone else, from the Reps page's Import button.
    filesToChoose = [join(FIXTURES, 'rep-lists/team.csv')];
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    const spreadsheet = page.getByRole('dialog', { name: 'Import reps from a spreadsheet' });
    await spreadsheet.getByRole('button', { name: 'Choose a CSV file…' }).click();
    await spreadsheet.getByRole('button', { name: 'Import 5 reps' }).click();
    await page.getByText('5 reps imported').waitFor();
    await expect.poll(async () => (await repNames(page)).length).toBe(7);
    await app.screenshot('first-run-team-and-calendar');

    // Next week's one-on-ones are on the schedule, the way the calendar has them.
    await page.getByRole('link', { name: 'One-on-ones', exact: true }).click();
    await page
      .getByRole('button', { name: /Open the one-on-one with Cara Lee/ })
      .first()
      .waitFor();
    const upcoming = await app.call('meetings.upcoming', {});
    const nextWeek = upcoming.filter((meeting) => Date.parse(meeting.scheduledAt) - Date.now() <= WEEK_MS);
    expect(nextWeek.map((meeting) => meeting.repName)).toContain('Cara Lee');
    await app.screenshot('first-run-next-week');
    expect(app.pageErrors).toEqual([]);
  });
});
