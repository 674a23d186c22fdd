import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { copyFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startExportRig, type ExportRig } from '../exports/export-fixtures';
import { restoreDatabase } from '../../../src/main/backup/restore-database';
import { startTempCore } from '../support/temp-core';
import { LATEST_SCHEMA_VERSION } from '../../../src/main/database/migrations';

let rig: ExportRig;
beforeEach(async () => {
  rig = await startExportRig();
});
afterEach(async () => {
  await rig.dispose();
});

const repNames = async () => (await rig.app.call('reps.list', { status: 'all' })).map((rep) => rep.name);

async function backUp(name: string): Promise<string> {
  const target = join(rig.outDir, name);
  rig.saveAs.push(target);
  await rig.app.call('backup.create', {});
  return target;
}

/**
 * The current database's bytes (main file and WAL) as one hex digest, to prove a refused restore
 * touched nothing (comparing the raw buffers with toEqual walks them byte by byte: seconds).
 */
const currentBytes = () => {
  const file = rig.app.core.status.databaseFile;
  const hash = createHash('sha256').update(readFileSync(file));
  if (existsSync(`${file}-wal`)) hash.update(readFileSync(`${file}-wal`));
  return hash.digest('hex');
};

describe('restore', () => {
  it('brings the data back as it was, keeps the replaced database aside, and the app keeps working', async () => {
    await rig.app.call('reps.create', { name: 'Ana Ruiz', cadence: 'weekly' });
    const backup = await backUp('before-changes.sqlite');
    const ben = await rig.app.call('reps.create', { name: 'Ben Okafor', cadence: 'weekly' });
    await rig.app.call('reps.update', { id: 1, name: 'Ana Ruiz-Smith', cadence: 'monthly' });
    await rig.app.call('settings.update', { theme: 'dark' });
    expect(await repNames()).toEqual(['Ana Ruiz-Smith', 'Ben Okafor']);

    rig.openAs.push(backup);
    const result = await rig.app.call('backup.restore', {});
    expect(result).toMatchObject({ restoredFrom: backup, schemaVersion: LATEST_SCHEMA_VERSION });
    expect(await repNames()).toEqual(['Ana Ruiz']);
    expect(await rig.app.call('settings.get', {})).toMatchObject({ theme: 'system' });
    expect(await rig.app.callError('reps.get', { id: ben.id })).toMatchObject({ code: 'not_found' });

    // The database that was replaced is kept, whole, in the backups folder.
    const aside = result?.keptAsideAs ?? '';
    expect(aside).toMatch(/backups\/before-restore-\d{8}-\d{6}\.sqlite$/);
    const kept = new Database(aside, { readonly: true });
    expect(kept.prepare('SELECT name FROM reps ORDER BY id').pluck().all()).toEqual(['Ana Ruiz-Smith', 'Ben Okafor']);
    kept.close();

    // Every service runs on the restored file, writes included; the backup file itself is untouched.
    const backupBytes = readFileSync(backup);
    await rig.app.call('reps.create', { name: 'Chloe Lindqvist', cadence: 'biweekly' });
    expect(await repNames()).toEqual(['Ana Ruiz', 'Chloe Lindqvist']);
    expect(readFileSync(backup).equals(backupBytes)).toBe(true);
    expect(rig.app.core.registry.missingMethods()).toEqual([]);
    expect((await rig.app.call('backup.list', {})).map((entry) => entry.kind)).toEqual(['before-restore']);
  });

  it('restores a daily backup from the list, and survives a reopen', async () => {
    await rig.app.call('reps.create', { name: 'Ana Ruiz', cadence: 'weekly' });
    await rig.app.core.runDailyBackup();
    await rig.app.call('reps.create', { name: 'Ben Okafor', cadence: 'weekly' });
    const [daily] = await rig.app.call('backup.list', {});
    await rig.app.call('backup.restore', { backupId: daily?.id ?? '' });
    expect(await repNames()).toEqual(['Ana Ruiz']);
    await rig.app.core.close();
    const dataDir = rig.app.dataDir;
    rig.app = await startTempCore(dataDir, { automaticBackups: false });
    expect(await repNames()).toEqual(['Ana Ruiz']);
    await rig.app.dispose();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('puts the previous database back when the restored file will not open', async () => {
    const dir = rig.outDir;
    const current = join(dir, 'current.sqlite');
    const candidate = join(dir, 'candidate.sqlite');
    for (const [file, name] of [
      [current, 'current'],
      [candidate, 'candidate'],
    ] as const) {
      const db = new Database(file);
      db.exec(`CREATE TABLE t (v text); INSERT INTO t VALUES ('${name}')`);
      db.close();
    }
    const before = readFileSync(current);
    const opens: string[] = [];
    const attempt = restoreDatabase(candidate, {
      currentFile: current,
      current: { state: 'open' },
      backupsDir: join(dir, 'backups'),
      now: new Date('2026-11-27T10:00:00Z'),
      closeCurrent: async () => {},
      reopen: async () => {
        const db = new Database(current, { readonly: true });
        opens.push(String(db.prepare('SELECT v FROM t').pluck().get()));
        db.close();
        return opens.length === 1 ? { ok: false, message: 'the upgrade failed' } : { ok: true };
      },
    });
    await expect(attempt).rejects.toThrow(/went back to your current data/);
    expect(opens).toEqual(['candidate', 'current']);
    expect(readFileSync(current).equals(before)).toBe(true);
    expect(readdirSync(join(dir, 'backups'))).toEqual([]);
  });

  it('refuses a file that is not SQLite, damaged, newer, empty or the open database — current data untouched', async () => {
    await rig.app.call('reps.create', { name: 'Ana Ruiz', cadence: 'weekly' });
    const good = await backUp('good.sqlite');

    const notSqlite = join(rig.outDir, 'notes.sqlite');
    writeFileSync(notSqlite, 'Just some text, not a database at all.'.repeat(200));

    const corrupt = join(rig.outDir, 'corrupt.sqlite');
    const bytes = readFileSync(good);
    // Keep the header, wreck the pages behind it.
    for (let offset = 4096; offset < bytes.length; offset += 1) bytes[offset] = (offset * 7) & 0xff;
    writeFileSync(corrupt, bytes);

    const newer = join(rig.outDir, 'newer.sqlite');
    await copyFile(good, newer);
    const db = new Database(newer);
    db.pragma('user_version = 99');
    db.close();

    const empty = join(rig.outDir, 'empty.sqlite');
    const blank = new Database(empty);
    blank.exec('CREATE TABLE migrations (id integer)');
    blank.close();

    const before = currentBytes();
    const cases: Array<[string, RegExp]> = [
      [notSqlite, /not a Coachbook backup/],
      [corrupt, /damaged/],
      [empty, /empty Coachbook database/],
      [newer, /newer version of Coachbook/],
      [rig.app.core.status.databaseFile, /has open now/],
    ];
    for (const [filePath, message] of cases) {
      rig.openAs.push(filePath);
      const error = await rig.app.callError('backup.restore', {});
      expect(error).toMatchObject({
        code: 'invalid_input',
        field: 'filePath',
        message: expect.stringMatching(message),
      });
      expect(error.message).toMatch(/Your current data is unchanged|has open now/);
    }
    rig.openAs.push(join(rig.outDir, 'missing.sqlite'));
    expect(await rig.app.callError('backup.restore', {})).toMatchObject({
      message: expect.stringMatching(/does not exist/),
    });
    expect(currentBytes()).toEqual(before);
    expect(await repNames()).toEqual(['Ana Ruiz']);
    expect(existsSync(join(rig.app.dataDir, 'backups'))).toBe(false);
    // The refused files were only read: no sidecars appeared beside them.
    expect(readdirSync(rig.outDir).sort()).toEqual([
      'corrupt.sqlite',
      'empty.sqlite',
      'good.sqlite',
      'newer.sqlite',
      'notes.sqlite',
    ]);
  });

  it('answers null when the open dialog is cancelled', async () => {
    expect(await rig.app.call('backup.restore', {})).toBeNull();
  });
});
