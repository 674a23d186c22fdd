import { mkdir, readFile, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfText, pdfToPngs } from '../../scripts/pdf/pdf-text';
import { dataDirPerFile } from './data-dir-per-file';
import { launchApp, makeDataDir, type LaunchedApp } from './app';
import {
  addFirstRepAndOpen,
  privateEditor,
  scheduleSuggested,
  sharedEditor,
  typeLines,
  waitUntilSaved,
} from './meeting-steps';

const PNG_DIR = resolve(__dirname, '../../test-results/pdf-e2e');
const REP = 'Ana Ruiz';
const SHARED = 'Strong discovery on the Acme call';
const TASKS = ['Send the Acme proposal', 'Book a ride-along with Globex'] as const;
const SECRET = 'Worried about burnout after the reorg';
const PRIVATE_TASK = 'Ask HR about the leave policy';

let outDir: string;
let app: LaunchedApp;
const dataDir = dataDirPerFile(() => app);
// What the next save / open dialog answers; each step sets the file it wants.
let savePath: string | null = null;
let openPath: string | null = null;

beforeAll(async () => {
  await mkdir(PNG_DIR, { recursive: true });
  outDir = await makeDataDir('coachbook-exports-');
});
afterAll(async () => {
  await rm(outDir, { recursive: true, force: true });
});

/** Workspace → Export → a format → (tick private notes) → Export; waits for the saved notice. */
async function exportSummary(page: Page, item: string, file: string, withPrivate: boolean, shot?: string) {
  savePath = join(outDir, file);
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  await page.getByRole('menuitem', { name: item }).click();
  const dialog = page.getByRole('dialog', { name: 'Export the one-on-one summary' });
  const box = dialog.getByRole('checkbox', { name: /Include private notes/ });
  expect(await box.isChecked()).toBe(false);
  if (withPrivate) await box.check();
  if (shot) await app.screenshot(shot);
  await dialog.getByRole('button', { name: /^Export / }).click();
  const notice = page.getByText(`Saved to …/${outDir.split('/').pop()}/${file}`, { exact: false });
  await notice.first().waitFor({ timeout: 20_000 });
  await expect.poll(() => dialog.isVisible()).toBe(false);
  expect(existsSync(savePath)).toBe(true);
  return savePath;
}

const expectShared = (text: string) => {
  expect(text).toContain(SHARED);
  for (const task of TASKS) expect(text).toContain(task);
};

describe('exports and data safety, tried as a new user would', () => {
  it('exports the summary from the UI without private notes unless ticked, then backs up and restores', async () => {
    app = await launchApp({
      dataDir: dataDir(),
      pdf: true,
      dialogs: { saveAs: () => savePath, open: () => openPath },
    });
    const { page } = app;
    await addFirstRepAndOpen(page, REP);
    await scheduleSuggested(page, REP);
    await sharedEditor(page).click();
    await typeLines(page, [SHARED, `[ ] ${TASKS[0]}`, TASKS[1]]);
    await page.getByRole('tab', { name: 'Private notes' }).click();
    await privateEditor(page).click();
    await typeLines(page, [SECRET, `[ ] ${PRIVATE_TASK}`]);
    await waitUntilSaved(page);

    const pdf = await exportSummary(page, 'Summary as PDF…', 'summary.pdf', false, 'export-summary-modal');
    const pdfPlain = pdfText(await readFile(pdf));
    expectShared(pdfPlain);
    expect(pdfPlain).not.toContain(SECRET);
    expect(pdfPlain).not.toContain(PRIVATE_TASK);
    await app.screenshot('export-summary-saved');

    const markdown = await readFile(await exportSummary(page, 'Summary as Markdown…', 'summary.md', false), 'utf8');
    expectShared(markdown);
    expect(markdown).not.toContain(SECRET);
    expect(markdown).not.toContain(PRIVATE_TASK);

    const privatePdf = await exportSummary(page, 'Summary as PDF…', 'summary-private.pdf', true);
    const privatePlain = pdfText(await readFile(privatePdf));
    expectShared(privatePlain);
    expect(privatePlain).toContain(SECRET);
    expect(privatePlain).toContain(PRIVATE_TASK);
    const privateMarkdown = await readFile(
      await exportSummary(page, 'Summary as Markdown…', 'summary-private.md', true),
      'utf8',
    );
    expect(privateMarkdown).toContain(SECRET);
    expect(privateMarkdown).toContain(PRIVATE_TASK);
    pdfToPngs(pdf, join(PNG_DIR, 'summary'));
    pdfToPngs(privatePdf, join(PNG_DIR, 'summary-private'));

    // Back up from Settings → Your data.
    await page.getByRole('link', { name: 'Settings' }).click();
    const yourData = page.getByRole('region', { name: 'Your data' });
    await yourData.scrollIntoViewIfNeeded();
    await app.screenshot('settings-your-data');
    savePath = join(outDir, 'before-rename.sqlite');
    await yourData.getByRole('button', { name: 'Back up now…' }).click();
    await page.getByText('Backup made').waitFor();
    expect(existsSync(savePath)).toBe(true);

    // Change data: rename the rep.
    await page.getByRole('link', { name: 'Reps' }).click();
    await page.getByRole('link', { name: REP }).click();
    await page.getByRole('button', { name: 'Edit' }).click();
    const edit = page.getByRole('dialog', { name: 'Edit rep' });
    await edit.getByRole('textbox', { name: 'Name' }).fill('Ana Ruiz-Lopez');
    await edit.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('heading', { level: 1, name: 'Ana Ruiz-Lopez' }).waitFor();

    // Restore the backup from the file just made.
    await page.getByRole('link', { name: 'Settings' }).click();
    openPath = join(outDir, 'before-rename.sqlite');
    await page.getByRole('button', { name: 'Restore from file…' }).click();
    const confirm = page.getByRole('dialog', { name: 'Restore a backup?' });
    await confirm.getByText(/Your current data is kept aside in the backups folder/).waitFor();
    await app.screenshot('settings-restore-confirm');
    await confirm.getByRole('button', { name: 'Choose the file and restore' }).click();
    await page.getByText('Backup restored').waitFor({ timeout: 20_000 });
    await app.screenshot('settings-restored');
    const backups = page.getByRole('table', { name: 'Backups' });
    await expect.poll(() => backups.getByText('Before a restore').count()).toBe(1);

    // The data is as it was: the rep has the old name, in the UI and in the database.
    await page.getByRole('link', { name: 'Reps' }).click();
    await page.getByRole('link', { name: REP, exact: true }).waitFor();
    // (The rename's own notification may still be up: look at the list, not the page.)
    expect(await page.getByRole('link', { name: 'Ana Ruiz-Lopez' }).count()).toBe(0);
    expect((await app.call('reps.list', { status: 'all' })).map((rep) => rep.name)).toEqual([REP]);
    expect(app.pageErrors).toEqual([]);
  });

  it('exports the coaching report and the team report as PDF, and reads in the dark theme', async () => {
    const { page } = app;
    await page.getByRole('link', { name: REP, exact: true }).click();
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    await page.getByRole('menuitem', { name: 'Coaching report…' }).click();
    const report = page.getByRole('dialog', { name: `Coaching report for ${REP}` });
    expect(await report.getByRole('button', { name: /Period/ }).textContent()).toMatch(/\d{4} – .*\d{4}/);
    await app.screenshot('export-coaching-report-modal');
    savePath = join(outDir, 'coaching-report.pdf');
    await report.getByRole('button', { name: 'Export PDF' }).click();
    await page.getByText('Coaching report exported').waitFor({ timeout: 20_000 });
    expect(pdfText(await readFile(savePath))).toContain(REP);
    pdfToPngs(savePath, join(PNG_DIR, 'coaching-report'));

    await page.getByRole('link', { name: 'Team' }).click();
    await page.getByRole('button', { name: 'Team report' }).click();
    const team = page.getByRole('dialog', { name: 'Team report' });
    savePath = join(outDir, 'team-report.pdf');
    await team.getByRole('button', { name: 'Export PDF' }).click();
    await page.getByText('Team report exported').waitFor({ timeout: 20_000 });
    expect(pdfText(await readFile(savePath))).toContain(REP);
    pdfToPngs(savePath, join(PNG_DIR, 'team-report'));

    // The app follows the system theme: switch the emulated system to dark and look again.
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.getByRole('button', { name: 'Team report' }).click();
    await app.screenshot('export-team-report-modal-dark');
    await team.getByRole('button', { name: 'Cancel' }).click();
    await page.getByRole('link', { name: 'Settings' }).click();
    await page.getByRole('region', { name: 'Your data' }).scrollIntoViewIfNeeded();
    await app.screenshot('settings-your-data-dark');
    expect(app.pageErrors).toEqual([]);
  });
});
