import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from '@shared/goals/csv';
import { dataDirPerFile } from './data-dir-per-file';
import { launchApp, makeDataDir, type LaunchedApp } from './app';

const DANA = 'Dana Reyes';
const DANA_ITEMS = ['Send the Initech proposal', 'Call Hooli, then "Acme" about renewals'] as const;
const BEN = 'Ben Okafor';
const BEN_ITEMS = ['Book a ride-along with Globex'] as const;

let outDir: string;
let app: LaunchedApp | undefined;
const dataDir = dataDirPerFile(() => app);
// What the save dialog answers; the step sets the file it wants.
let savePath: string | null = null;

beforeAll(async () => {
  outDir = await makeDataDir('coachbook-exports-');
});
afterAll(async () => {
  await rm(outDir, { recursive: true, force: true });
});

/** The rep and title of each row of an action-items CSV on disk, read with an RFC 4180 reader. */
async function actionItemsIn(file: string): Promise<Array<{ rep: string | undefined; title: string | undefined }>> {
  const parsed = parseCsv(await readFile(file, 'utf8'));
  if (!parsed.ok) throw new Error(`unreadable CSV at line ${parsed.line}: ${parsed.message}`);
  const [header = [], ...rows] = parsed.records.map((record) => record.fields);
  return rows.map((row) => ({ rep: row[header.indexOf('Rep')], title: row[header.indexOf('Action item')] }));
}

describe('one rep’s spreadsheet, from the rep page', () => {
  it('exports only that rep’s action items to the file chosen in the save dialog', async () => {
    app = await launchApp({ dataDir: dataDir(), dialogs: { saveAs: () => savePath } });
    const { page } = app;
    for (const [name, titles] of [
      [DANA, DANA_ITEMS],
      [BEN, BEN_ITEMS],
    ] as const) {
      const rep = await app.call('reps.create', { name, cadence: 'weekly' });
      for (const title of titles) await app.call('actionItems.create', { repId: rep.id, title, owner: 'rep' });
    }

    await page.getByRole('link', { name: 'Reps' }).click();
    await page.getByRole('table', { name: 'Reps' }).getByRole('link', { name: DANA }).click();
    await page.getByRole('heading', { level: 1, name: DANA }).waitFor();
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    await page.getByText(`Spreadsheets for ${DANA} (CSV)`).waitFor();
    await app.screenshot('rep-export-menu');

    savePath = join(outDir, 'dana-action-items.csv');
    await page.getByRole('menuitem', { name: 'Action items with check history…' }).click();
    await page.getByText('Action items with check history exported').waitFor({ timeout: 20_000 });
    await page.getByText(`Saved to …/${outDir.split('/').pop()}/dana-action-items.csv`, { exact: false }).waitFor();
    // The dialog proposed a name that says whose rows these are.
    expect(app.shellCalls.filter((call) => call.startsWith('chooseSaveFile'))).toEqual([
      expect.stringMatching(/^chooseSaveFile Coachbook action-items Dana Reyes \d{4}-\d{2}-\d{2}\.csv$/),
    ]);

    const danas = await actionItemsIn(savePath);
    expect(danas.map((row) => row.rep)).toEqual([DANA, DANA]);
    expect(danas.map((row) => row.title).sort()).toEqual([...DANA_ITEMS].sort());
    expect(app.pageErrors).toEqual([]);
  });

  it('keeps every rep’s spreadsheet in Settings → Your data, with the rep picker on “All reps”', async () => {
    if (!app) throw new Error('the first step did not launch the app');
    const { page } = app;
    await page.getByRole('link', { name: 'Settings' }).click();
    const yourData = page.getByRole('region', { name: 'Your data' });
    const picker = yourData.getByRole('combobox', { name: 'Rep' });
    await picker.scrollIntoViewIfNeeded();
    expect(await picker.getAttribute('placeholder')).toBe('All reps');
    await app.screenshot('settings-csv-rep-picker');

    savePath = join(outDir, 'everyone-action-items.csv');
    await yourData.getByRole('button', { name: 'Action items with check history…' }).click();
    await page.getByText('everyone-action-items.csv', { exact: false }).waitFor({ timeout: 20_000 });
    const everyone = await actionItemsIn(savePath);
    expect(everyone.map((row) => row.rep)).toEqual([BEN, DANA, DANA]);
    expect(everyone.map((row) => row.title).sort()).toEqual([...BEN_ITEMS, ...DANA_ITEMS].sort());
    expect(app.pageErrors).toEqual([]);
  });
});
