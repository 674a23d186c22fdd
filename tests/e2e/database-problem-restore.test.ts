import { readFileSync, writeFileSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, utimes } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startCore } from '../../src/main/app-core';
import { answeringShell, launchApp, makeDataDir, SCREENSHOT_DIR, type LaunchedApp } from './app';

let app: LaunchedApp | undefined;
let dataDir: string;
afterAll(async () => {
  await app?.close();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

const HOUR = 60 * 60 * 1000;

/**
 * A book with two backups: yesterday's daily one (Ana only) and one the manager made an hour ago
 * (Ana and Ben). Chloe was added after the last backup, so a restore cannot bring her back.
 */
async function bookWithBackups(dir: string): Promise<{ file: string; manualBackup: string }> {
  const manualBackup = join(dir, 'backups', 'coachbook-backup-20261127-083000.sqlite');
  // The manager backs up with "Back up now…" and saves into the backups folder.
  const shell = answeringShell({ saveAs: () => manualBackup });
  const core = await startCore({ dataDir: dir, shell, log: () => {}, automaticBackups: false });
  const call = async (method: 'reps.create', name: string) => {
    const result = await core.registry.dispatch(method, { name, cadence: 'weekly' });
    if (!result.ok) throw new Error(result.error.message);
  };
  await call('reps.create', 'Ana Ruiz');
  const daily = await core.runDailyBackup();
  await call('reps.create', 'Ben Okafor');
  const saved = await core.registry.dispatch('backup.create', {});
  if (!saved.ok || !daily) throw new Error('the backups were not made');
  await call('reps.create', 'Chloe Lindqvist');
  await core.close();
  const now = Date.now();
  await utimes(daily, new Date(now - 24 * HOUR), new Date(now - 24 * HOUR));
  await utimes(manualBackup, new Date(now - HOUR), new Date(now - HOUR));
  return { file: core.status.databaseFile, manualBackup };
}

describe('a damaged database file, with backups beside it', () => {
  it('is replaced by the backup the manager picks on the problem screen, and the app opens on it', async () => {
    await mkdir(SCREENSHOT_DIR, { recursive: true });
    dataDir = await makeDataDir();
    const { file } = await bookWithBackups(dataDir);
    // The header page stays, so the file still looks like SQLite; the pages behind it are garbage.
    const bytes = readFileSync(file);
    bytes.fill(0xa5, bytes.readUInt16BE(16));
    writeFileSync(file, bytes);

    app = await launchApp({ dataDir });
    const { page } = app;
    await page.getByRole('heading', { name: 'Coachbook could not open your data' }).waitFor();
    await page.getByRole('button', { name: 'Restore a backup' }).click();
    const table = page.getByRole('table', { name: 'Backups' });
    await table.waitFor();
    // Newest first: the manager's own backup, then yesterday's daily one.
    expect(await table.locator('tbody tr td:nth-child(2)').allTextContents()).toEqual(['Made by you', 'Daily']);
    await app.screenshot('database-problem-backups');

    await table
      .getByRole('button', { name: /^Restore the backup of / })
      .first()
      .click();
    const dialog = page.getByRole('dialog', { name: 'Restore a backup?' });
    await dialog.getByText(/kept aside, unchanged/).waitFor();
    expect(await dialog.getByLabel('Backups folder').textContent()).toBe(join(dataDir, 'backups'));
    await app.screenshot('database-problem-restore-confirm');

    await dialog.getByRole('button', { name: 'Restore' }).click();
    await page.getByRole('navigation', { name: 'Main' }).waitFor();
    await page.getByText('Backup restored').waitFor();
    await page.getByRole('link', { name: 'Reps' }).click();
    const reps = page.getByRole('table', { name: 'Reps' });
    await reps.getByRole('link', { name: 'Ben Okafor' }).waitFor();
    expect(await reps.getByRole('link').allTextContents()).toEqual(['Ana Ruiz', 'Ben Okafor']);
    await app.screenshot('database-problem-restored');
    expect(app.pageErrors).toEqual([]);

    // The damaged file is kept in the backups folder, byte for byte.
    const keptAside = (await readdir(join(dataDir, 'backups'))).filter((name) => name.startsWith('kept-aside-'));
    expect(keptAside).toEqual([expect.stringMatching(/^kept-aside-damaged-\d{8}-\d{6}\.sqlite$/)]);
    expect(Buffer.compare(await readFile(join(dataDir, 'backups', keptAside[0] ?? '')), bytes)).toBe(0);
  });
});
