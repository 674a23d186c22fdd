import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchApp, makeDataDir, type LaunchedApp } from './app';
import { dataDirPerFile } from './data-dir-per-file';

/*
 * Settings → Your data → Export all data (JSON) leaves private notes out unless
 * the box is ticked for that one export, in the built renderer.
 */

const SECRET = 'Thinking about moving Ana to the enterprise team';
let app: LaunchedApp | undefined;
let outDir: string;
let savePath: string | null = null;
const dataDir = dataDirPerFile(() => app);

beforeAll(async () => {
  outDir = await makeDataDir('coachbook-json-export-');
});
afterAll(async () => {
  await rm(outDir, { recursive: true, force: true });
});

describe('the JSON export from Settings → Your data', () => {
  it('leaves private notes out unless ticked, and unticks the box after each export', async () => {
    app = await launchApp({ dataDir: dataDir(), dialogs: { saveAs: () => savePath } });
    const { page } = app;
    const rep = await app.call('reps.create', { name: 'Ana Ruiz', cadence: 'weekly' });
    const meeting = await app.call('meetings.schedule', { repId: rep.id, scheduledAt: new Date().toISOString() });
    await app.call('meetings.saveNotes', {
      id: meeting.id,
      baseRevision: 0,
      private: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: SECRET }] }] },
    });
    await page.evaluate(() => {
      window.location.hash = '#/settings';
    });
    const box = page.getByRole('checkbox', { name: /Include private notes/ });
    await box.waitFor();
    expect(await box.isChecked()).toBe(false);
    const button = page.getByRole('button', { name: 'Export all data (JSON)…' });

    const exported = async (file: string) => {
      savePath = join(outDir, file);
      await button.click();
      await page.getByText(file, { exact: false }).first().waitFor();
      return readFile(savePath, 'utf8');
    };
    const without = await exported('without.json');
    expect(without).not.toContain(SECRET);
    expect(JSON.parse(without)).toMatchObject({ includesPrivateNotes: false });

    await box.check();
    await page.getByText('This file will hold your private notes', { exact: false }).waitFor();
    await app.screenshot('settings-json-export-private-ticked');
    const withPrivate = await exported('with.json');
    expect(withPrivate).toContain(SECRET);
    await expect.poll(() => box.isChecked()).toBe(false);
    await app.screenshot('settings-json-export-default');
    expect(app.pageErrors).toEqual([]);
  }, 120_000);
});
