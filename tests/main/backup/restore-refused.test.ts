import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join, relative } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import type { DatabaseProblem } from '@shared/app/app';
import { headlessShell } from '../../../src/main/app-core';
import { restoreDatabase } from '../../../src/main/backup/restore-database';
import { DATABASE_FILE_NAME } from '../../../src/main/database/data-dir';
import { LATEST_SCHEMA_VERSION } from '../../../src/main/database/migrations';
import { startTempCore, type TempCore } from '../support/temp-core';

/*
 * A manager whose database file was refused at start (damaged, not SQLite, from a newer
 * Coachbook) gets back to a backup from the problem screen: the same `backup.list` and
 * `backup.restore` the settings use, served while nothing else is.
 */

const NOW = new Date('2026-11-27T09:30:00.000Z');
const clock = { now: () => NOW };
const cleanup: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const step of cleanup.splice(0).reverse()) await step();
});

async function tempDir(prefix: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  cleanup.push(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

/** Starts a core on `dataDir` whose open and save dialogs answer `openAs` and `saveAs` (cancelled when empty). */
async function startOn(dataDir: string, openAs: string[] = [], saveAs: string[] = []): Promise<TempCore> {
  const app = await startTempCore(dataDir, {
    automaticBackups: false,
    clock,
    shell: {
      ...headlessShell,
      chooseOpenFile: async () => openAs.shift() ?? null,
      chooseSaveFile: async () => saveAs.shift() ?? null,
    },
  });
  cleanup.push(() => app.dispose());
  return app;
}

interface Book {
  dataDir: string;
  file: string;
  /** A backup with Ana and Ben in `<dataDir>/backups/`. */
  backup: string;
}

/** A data folder whose database had Ana and Ben when backed up, and Chloe added afterwards. */
async function bookWithBackup(): Promise<Book> {
  const dataDir = await tempDir('coachbook-refused-');
  const backup = join(dataDir, 'backups', 'coachbook-backup-20261120-090000.sqlite');
  const app = await startTempCore(dataDir, {
    automaticBackups: false,
    clock,
    shell: { ...headlessShell, chooseSaveFile: async () => backup },
  });
  await app.call('reps.create', { name: 'Ana Ruiz', cadence: 'weekly' });
  await app.call('reps.create', { name: 'Ben Okafor', cadence: 'biweekly' });
  await mkdir(join(dataDir, 'backups'));
  await app.call('backup.create', {});
  await app.call('reps.create', { name: 'Chloe Lindqvist', cadence: 'monthly' });
  await app.core.close();
  return { dataDir, file: join(dataDir, DATABASE_FILE_NAME), backup };
}

/** Leaves the header page alone, so the file still looks like SQLite, and scribbles over the pages behind it. */
function scribbleOverPages(file: string): void {
  const bytes = readFileSync(file);
  const pageSize = bytes.readUInt16BE(16);
  bytes.fill(0xa5, pageSize, bytes.length);
  writeFileSync(file, bytes);
}

const damage: Record<Exclude<DatabaseProblem, 'unreadable'>, (file: string) => void> = {
  corrupt: scribbleOverPages,
  not_a_database: (file) => writeFileSync(file, 'Name,Team\nAna Ruiz,East\n'.repeat(100)),
  newer_version: (file) => {
    const db = new Database(file);
    db.pragma('user_version = 99');
    db.close();
  },
};

/** Every file under `dir` with its bytes, to prove a refused restore changed nothing. */
function snapshot(dir: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  const walk = (folder: string) => {
    for (const name of readdirSync(folder).sort()) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) walk(path);
      else files.set(relative(dir, path), readFileSync(path));
    }
  };
  walk(dir);
  return files;
}

function expectSameFiles(after: Map<string, Buffer>, before: Map<string, Buffer>): void {
  expect([...after.keys()]).toEqual([...before.keys()]);
  for (const [name, bytes] of before) expect(after.get(name)?.equals(bytes), name).toBe(true);
}

const repNames = async (app: TempCore) => (await app.call('reps.list', { status: 'all' })).map((rep) => rep.name);

describe('restoring a backup when the database file was refused', () => {
  it.each([
    ['corrupt', 'damaged'],
    ['not_a_database', 'not-a-database'],
    ['newer_version', 'newer-version'],
  ] as const)(
    'a %s file: lists the backups, restores one, keeps the file aside unchanged, and the app is ready',
    async (problem, word) => {
      const book = await bookWithBackup();
      damage[problem](book.file);
      const damagedBytes = readFileSync(book.file);

      const app = await startOn(book.dataDir, [], [join(book.dataDir, 'after.sqlite')]);
      expect(app.core.status).toMatchObject({
        state: 'refused',
        problem,
        backupsDir: join(book.dataDir, 'backups'),
      });
      expect(await app.callError('reps.list', {})).toMatchObject({ code: 'unavailable' });
      expect(await app.callError('backup.create', {})).toMatchObject({ code: 'unavailable' });

      const listed = await app.call('backup.list', {});
      expect(listed.map((entry) => [entry.fileName, entry.kind])).toEqual([
        ['coachbook-backup-20261120-090000.sqlite', 'manual'],
      ]);

      const result = await app.call('backup.restore', { backupId: listed[0]?.id ?? '' });
      expect(result).toEqual({
        restoredFrom: book.backup,
        keptAsideAs: join(book.dataDir, 'backups', `kept-aside-${word}-20261127-093000.sqlite`),
        schemaVersion: LATEST_SCHEMA_VERSION,
      });
      expect(app.core.status).toEqual({
        state: 'ready',
        databaseFile: book.file,
        schemaVersion: LATEST_SCHEMA_VERSION,
      });
      expect(await app.call('app.status', {})).toEqual(app.core.status);

      // The backup's data, and every method of the API served again, writes included.
      expect(await repNames(app)).toEqual(['Ana Ruiz', 'Ben Okafor']);
      expect(app.core.registry.missingMethods()).toEqual([]);
      const dana = await app.call('reps.create', { name: 'Dana Weiss', cadence: 'weekly' });
      const meeting = await app.call('meetings.schedule', { repId: dana.id, scheduledAt: NOW.toISOString() });
      expect((await app.call('meetings.open', { id: meeting.id })).rep.name).toBe('Dana Weiss');
      expect((await app.call('team.overview', {})).rows.map((row) => row.repName)).toContain('Dana Weiss');
      expect(await app.call('settings.update', { theme: 'dark' })).toMatchObject({ theme: 'dark' });
      expect(await app.call('backup.create', {})).toMatchObject({
        filePath: join(book.dataDir, 'after.sqlite'),
      });

      // The refused file was moved, not changed or deleted; it is not offered as a backup.
      expect(readFileSync(result?.keptAsideAs ?? '').equals(damagedBytes)).toBe(true);
      expect((await app.call('backup.list', {})).map((entry) => entry.fileName)).toEqual([
        'coachbook-backup-20261120-090000.sqlite',
      ]);

      // The restored file is the database from now on.
      await app.core.close();
      const again = await startOn(book.dataDir);
      expect(again.core.status.state).toBe('ready');
      expect(await repNames(again)).toEqual(['Ana Ruiz', 'Ben Okafor', 'Dana Weiss']);
    },
  );

  it('restores a file the manager picks with the open dialog, and keeps the refused file’s -wal with it', async () => {
    const book = await bookWithBackup();
    const elsewhere = join(await tempDir('coachbook-usb-'), 'from-the-usb-stick.sqlite');
    await copyFile(book.backup, elsewhere);
    await rm(join(book.dataDir, 'backups'), { recursive: true });
    scribbleOverPages(book.file);
    // A -wal beside a refused file may hold its last changes: it must travel with the file.
    const wal = Buffer.from('unsaved pages'.repeat(300));
    writeFileSync(`${book.file}-wal`, wal);
    const damagedBytes = readFileSync(book.file);

    const app = await startOn(book.dataDir, [elsewhere]);
    expect(app.core.status.state).toBe('refused');
    expect(await app.call('backup.list', {})).toEqual([]);

    const result = await app.call('backup.restore', {});
    expect(result?.restoredFrom).toBe(elsewhere);
    expect(await repNames(app)).toEqual(['Ana Ruiz', 'Ben Okafor']);
    const aside = result?.keptAsideAs ?? '';
    expect(readFileSync(aside).equals(damagedBytes)).toBe(true);
    expect(readFileSync(`${aside}-wal`).equals(wal)).toBe(true);
    expect(existsSync(elsewhere)).toBe(true);
  });

  it('a refused candidate, a cancelled dialog or bad input change nothing in the data folder', async () => {
    const book = await bookWithBackup();
    const backups = join(book.dataDir, 'backups');
    const damagedBackup = join(backups, 'daily-2026-11-26.sqlite');
    await copyFile(book.backup, damagedBackup);
    scribbleOverPages(damagedBackup);
    const newerBackup = join(backups, 'daily-2026-11-25.sqlite');
    await copyFile(book.backup, newerBackup);
    damage.newer_version(newerBackup);
    const textFile = join(backups, 'notes.sqlite');
    writeFileSync(textFile, 'Just some text, not a database at all.');
    scribbleOverPages(book.file);

    const picked = [book.file, join(backups, 'gone.sqlite'), backups];
    const app = await startOn(book.dataDir, [...picked]);
    const before = snapshot(book.dataDir);
    const listed: Array<[string, RegExp]> = [
      ['daily-2026-11-26.sqlite', /This backup is damaged, so Coachbook did not restore it/],
      ['daily-2026-11-25.sqlite', /made by a newer version of Coachbook/],
      ['notes.sqlite', /not a Coachbook backup/],
    ];
    for (const [backupId, message] of listed) {
      expect(await app.callError('backup.restore', { backupId }), backupId).toMatchObject({
        code: 'invalid_input',
        message: expect.stringMatching(message),
      });
    }
    const pickedMessages = [/damaged/, /does not exist/, /That is a folder, not a backup file/];
    for (const [index, message] of pickedMessages.entries()) {
      expect(await app.callError('backup.restore', {}), picked[index]).toMatchObject({
        code: 'invalid_input',
        message: expect.stringMatching(message),
      });
    }
    const badIds: unknown[] = ['backups/coachbook-backup-20261120-090000.sqlite', '../coachbook.sqlite', 42, ''];
    for (const backupId of badIds) {
      expect(await app.callError('backup.restore', { backupId }), String(backupId)).toMatchObject({
        code: 'invalid_input',
        field: 'backupId',
        message: 'Backup must be one of the listed backups',
      });
    }
    expect(await app.callError('backup.restore', { backupId: 'daily-2026-11-01.sqlite' })).toMatchObject({
      code: 'not_found',
      message: expect.stringMatching(/no longer in the backups folder/),
    });
    expect(await app.call('backup.restore', {})).toBeNull();

    expectSameFiles(snapshot(book.dataDir), before);
    expect(app.core.status).toMatchObject({ state: 'refused', problem: 'corrupt' });
    expect(await app.callError('reps.list', {})).toMatchObject({ code: 'unavailable' });
    expect((await app.call('backup.list', {})).length).toBe(4);
  });

  it('answers a second restore while the first still runs with a conflict', async () => {
    const book = await bookWithBackup();
    scribbleOverPages(book.file);
    const app = await startOn(book.dataDir);
    const backupId = basename(book.backup);
    const first = app.core.registry.dispatch('backup.restore', { backupId });
    const second = await app.core.registry.dispatch('backup.restore', { backupId });
    expect(second).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(await first).toMatchObject({ ok: true });
    expect(await repNames(app)).toEqual(['Ana Ruiz', 'Ben Okafor']);
  });
});

describe('restoreDatabase over a refused file', () => {
  it('puts the refused file and its -wal back, byte for byte, when the restored file will not open', async () => {
    const dir = await tempDir('coachbook-swap-');
    const current = join(dir, 'coachbook.sqlite');
    writeFileSync(current, 'not a database');
    writeFileSync(`${current}-wal`, 'pages that belong to it');
    const candidate = join(dir, 'candidate.sqlite');
    const db = new Database(candidate);
    db.exec("CREATE TABLE t (v text); INSERT INTO t VALUES ('candidate')");
    db.close();
    const before = snapshot(dir);

    const reopened: string[] = [];
    const attempt = restoreDatabase(candidate, {
      currentFile: current,
      current: { state: 'refused', problem: 'not_a_database' },
      backupsDir: join(dir, 'backups'),
      now: NOW,
      closeCurrent: async () => {},
      reopen: async () => {
        reopened.push(readFileSync(current, 'latin1').slice(0, 15));
        return reopened.length === 1 ? { ok: false, message: 'the upgrade failed' } : { ok: false, message: 'refused' };
      },
    });
    await expect(attempt).rejects.toThrow(
      /could not open the restored backup either \(the upgrade failed\), so it put the file it could not open back in its place, unchanged/,
    );
    expect(reopened).toEqual(['SQLite format 3', 'not a database']);
    expect(readdirSync(join(dir, 'backups'))).toEqual([]);
    const after = snapshot(dir);
    expectSameFiles(after, before);
  });
});
