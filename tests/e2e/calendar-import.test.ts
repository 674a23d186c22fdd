import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataDirPerFile } from './data-dir-per-file';
import { launchApp, makeDataDir, type LaunchedApp } from './app';

const FIXTURES = join(import.meta.dirname, '../fixtures/calendars');

let app: LaunchedApp | undefined;
const dataDir = dataDirPerFile(() => app);
let outDir: string;
let openPath: string | null = null;
let savePath: string | null = null;

beforeAll(async () => {
  outDir = await makeDataDir('coachbook-ics-');
});
afterAll(async () => {
  await rm(outDir, { recursive: true, force: true });
});

describe('one-on-ones from a calendar file, and back', () => {
  it('previews a Google export, schedules the picked series, re-imports without duplicates, and exports .ics', async () => {
    app = await launchApp({ dataDir: dataDir(), dialogs: { open: () => openPath, saveAs: () => savePath } });
    const { page } = app;
    await app.call('reps.create', { name: 'Dan Okafor', email: 'dan.okafor@example.com', cadence: 'biweekly' });

    await page.getByRole('link', { name: 'One-on-ones', exact: true }).click();
    await page.getByRole('heading', { name: 'No one-on-ones scheduled' }).waitFor();
    openPath = join(FIXTURES, 'google.ics');
    await page.getByRole('button', { name: 'Import from calendar…' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'Import one-on-ones from google.ics' });
    await dialog.waitFor();
    await dialog.getByText('Exported from Google Calendar.', { exact: false }).waitFor();
    const dan = dialog.getByRole('region', { name: 'Dan Okafor 1:1' });
    await dan.getByText('Matched by e-mail').waitFor();
    const cara = dialog.getByRole('region', { name: 'Cara <> Mia' });
    expect(await cara.getByLabel('New rep').inputValue()).toBe('Cara Lee');
    await app.screenshot('calendar-import-preview');

    // Four weeks: Cara weekly (4), Dan every two weeks (2).
    await dialog.getByLabel('Schedule').click();
    await page.getByRole('option', { name: 'The next 4 weeks' }).click();
    const schedule = dialog.getByRole('button', { name: /^Schedule \d+ one-on-ones?$/ });
    const label = (await schedule.textContent()) ?? '';
    const count = Number(/\d+/.exec(label)?.[0]);
    expect(count).toBeGreaterThanOrEqual(5);
    await schedule.click();
    await page.getByText('One-on-ones imported').waitFor();
    await dialog.waitFor({ state: 'detached' });
    await page
      .getByRole('button', { name: /Open the one-on-one with Cara Lee/ })
      .first()
      .waitFor();
    await page
      .getByRole('button', { name: /Open the one-on-one with Dan Okafor/ })
      .first()
      .waitFor();
    await app.screenshot('calendar-imported-one-on-ones');
    const upcoming = await app.call('meetings.upcoming', {});
    expect(upcoming).toHaveLength(count);
    expect(new Set(upcoming.map((m) => m.repName))).toEqual(new Set(['Cara Lee', 'Dan Okafor']));

    // The same file again: everything is already there, nothing is added.
    await page.getByRole('button', { name: 'Import from calendar…' }).click();
    await dialog.waitFor();
    await dialog.getByRole('region', { name: 'Cara <> Mia' }).getByText('Matched by e-mail').waitFor();
    await dialog.getByLabel('Schedule').click();
    await page.getByRole('option', { name: 'The next 4 weeks' }).click();
    await dialog.getByRole('button', { name: /^Schedule/ }).click();
    await page.getByText(/Scheduled 0 one-on-ones; \d+ already up to date\./).waitFor();
    expect(await app.call('meetings.upcoming', {})).toHaveLength(count);

    // Export everything to .ics from the One-on-ones page.
    savePath = join(outDir, 'schedule.ics');
    await page.getByRole('button', { name: 'Export to calendar (.ics)…' }).click();
    await page.getByText('Calendar file exported').waitFor();
    const text = await readFile(savePath, 'utf8');
    expect(text.match(/BEGIN:VEVENT/g)).toHaveLength(count);
    expect(text).toContain('SUMMARY:One-on-one: Cara Lee');

    // And one rep's from the rep page.
    savePath = join(outDir, 'dan.ics');
    await page.getByRole('link', { name: 'Reps' }).click();
    await page.getByRole('table', { name: 'Reps' }).getByRole('link', { name: 'Dan Okafor' }).click();
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    await page.getByRole('menuitem', { name: 'Upcoming one-on-ones to calendar (.ics)…' }).click();
    await page.getByText('Calendar file exported').first().waitFor();
    const dans = await readFile(savePath, 'utf8');
    expect(dans).toContain('X-WR-CALNAME:One-on-ones with Dan Okafor');
    expect(dans).not.toContain('Cara Lee');
    expect(app.pageErrors).toEqual([]);
  });

  it('shows the preview in the dark theme, and says why a file that is not a calendar cannot be imported', async () => {
    app = await (app ?? (await launchApp({ dataDir: dataDir() }))).restart({
      colorScheme: 'dark',
      dialogs: { open: () => openPath, saveAs: () => savePath },
    });
    const before = await app.call('meetings.upcoming', {});
    openPath = join(FIXTURES, 'outlook.ics');
    await app.page.getByRole('link', { name: 'One-on-ones', exact: true }).click();
    await app.page.getByRole('button', { name: 'Import from calendar…' }).first().click();
    const dialog = app.page.getByRole('dialog', { name: 'Import one-on-ones from outlook.ics' });
    await dialog.getByText('“Quarter close”', { exact: false }).waitFor();
    await app.screenshot('calendar-import-preview-dark');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'detached' });

    openPath = join(FIXTURES, 'not-a-calendar.ics');
    await app.page.getByRole('button', { name: 'Import from calendar…' }).first().click();
    await app.page.getByText('Could not read the calendar file').waitFor();
    await app.page.getByText('This file is not an iCalendar (.ics) file', { exact: false }).waitFor();
    await app.screenshot('calendar-import-not-a-calendar');
    expect(await app.call('meetings.upcoming', {})).toEqual(before);
  });
});
