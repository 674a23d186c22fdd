import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { dataDirPerFile } from './data-dir-per-file';
import { launchApp, makeDataDir, type LaunchedApp } from './app';

const FIXTURES = join(__dirname, '../fixtures/rep-lists');

let app: LaunchedApp;
const dataDir = dataDirPerFile(() => app);

/** What the open dialog answers, one file per click; then cancelled. */
let filesToChoose: string[] = [];
let templateTarget: string | null = null;

const repNames = (page: Page) => page.getByRole('table', { name: 'Reps' }).getByRole('link').allTextContents();

describe('first run: a new manager brings in their team', () => {
  it('imports a spreadsheet of reps: a file with mistakes imports nothing, the fixed file imports everyone', async () => {
    app = await launchApp({
      dataDir: dataDir(),
      dialogs: { open: () => filesToChoose.shift() ?? null, saveAs: () => templateTarget },
    });
    const { page } = app;
    await page.getByRole('link', { name: 'Reps' }).click();
    await page.getByRole('heading', { name: 'Bring your team into Coachbook' }).waitFor();
    await app.screenshot('first-run');

    await page.getByRole('button', { name: 'Import reps from a spreadsheet' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import reps from a spreadsheet' });
    await dialog.waitFor();

    // The template lands where the save dialog said.
    templateTarget = join(dataDir(), 'Coachbook reps template.csv');
    await dialog.getByRole('button', { name: 'Download the template' }).click();
    await page.getByText('Template saved').waitFor();
    expect(existsSync(templateTarget)).toBe(true);

    // First try: the manager's own sheet, with four rows to fix.
    filesToChoose = [join(FIXTURES, 'team-with-mistakes.csv')];
    await dialog.getByRole('button', { name: 'Choose a CSV file…' }).click();
    await dialog.getByText('4 rows need fixing, so nothing will be imported').waitFor();
    const rowsToFix = dialog.getByRole('list', { name: 'Rows to fix' }).getByRole('listitem');
    expect(await rowsToFix.allTextContents()).toEqual([
      expect.stringMatching(/^Line 3: Email must be a valid address/),
      expect.stringMatching(/^Line 4: Start date "04\/05\/2024" could be 5 April or 4 May 2024/),
      expect.stringMatching(/^Line 5: The e-mail ava\.thompson@ACME\.example is already on line 2/),
      expect.stringMatching(/^Line 6: Cadence "twice a week" is not one Coachbook knows/),
    ]);
    // All or nothing: the one good row is shown, but cannot be imported on its own.
    expect(await dialog.getByRole('button', { name: 'Import', exact: true }).isDisabled()).toBe(true);
    await app.screenshot('rep-import-rows-to-fix');
    expect(await app.call('reps.list', { status: 'all' })).toEqual([]);

    // Second try: the fixed file.
    filesToChoose = [join(FIXTURES, 'team.csv')];
    await dialog.getByRole('button', { name: 'Choose another file…' }).click();
    await dialog.getByText('Ready to import').waitFor();
    expect(await dialog.getByRole('table', { name: 'Reps in the file' }).getByRole('row').count()).toBe(6);
    await app.screenshot('rep-import-preview');
    await dialog.getByRole('button', { name: 'Import 5 reps' }).click();
    await page.getByText('5 reps imported').waitFor();
    await expect.poll(() => dialog.isVisible()).toBe(false);

    await expect
      .poll(() => repNames(page))
      .toEqual(['Ava Thompson', 'Ben Carter', 'Chloe Davis', 'Diego Ramos', 'Ella Wright']);
    await app.screenshot('reps-imported');
    expect(app.pageErrors).toEqual([]);
  });

  it('importing the same file again adds no one twice', async () => {
    filesToChoose = [join(FIXTURES, 'team.csv')];
    const { page } = app;
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Import reps from a spreadsheet' });
    await dialog.getByRole('button', { name: 'Choose a CSV file…' }).click();
    await dialog.getByText('Everyone in this file is in your book already').waitFor();
    await dialog.getByText('5 reps already in your book').waitFor();
    expect(await dialog.getByRole('button', { name: 'Import 0 reps' }).isDisabled()).toBe(true);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    expect(await app.call('reps.list', {})).toHaveLength(5);
  });

  it('a demo book in dark theme: sample reps in a book of their own, and back to an untouched empty book', async () => {
    await app.close();
    const emptyDir = await makeDataDir();
    app = await launchApp({ dataDir: emptyDir, colorScheme: 'dark' });
    const { page } = app;
    await page.getByRole('link', { name: 'Reps' }).click();
    await page.getByRole('heading', { name: 'Bring your team into Coachbook' }).waitFor();
    await app.screenshot('first-run-dark');

    await page.getByRole('button', { name: 'Try a demo book' }).click();
    const banner = page.getByRole('alert', { name: 'Demo book' });
    await banner.waitFor({ timeout: 30_000 });
    await expect.poll(async () => (await repNames(page)).length).toBe(8);
    // No importing into a book that is thrown away.
    expect(await page.getByRole('button', { name: 'Import', exact: true }).count()).toBe(0);
    await app.screenshot('demo-book-dark');

    await banner.getByRole('button', { name: 'Back to my book' }).click();
    await page.getByRole('heading', { name: 'Bring your team into Coachbook' }).waitFor();
    expect(await app.call('reps.list', { status: 'all' })).toEqual([]);
    expect(app.pageErrors).toEqual([]);
  });
});
