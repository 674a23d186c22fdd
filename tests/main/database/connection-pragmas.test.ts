import { join } from 'node:path';
import type BetterSqlite3 from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DATABASE_FILE_NAME } from '../../../src/main/database/data-dir';
import { openDatabase } from '../../../src/main/database/open-database';
import { rawConnection } from '../../../src/main/database/raw-connection';
import { startExportRig, type ExportRig } from '../exports/export-fixtures';
import { openAtVersion } from './migration-helpers';
import { useTempFolders } from './temp-folders';

/*
 * Every connection Coachbook opens syncs each commit (synchronous = FULL, so a
 * save survives power loss in WAL mode), zeroes what it deletes (secure_delete) and runs only
 * innocuous functions from a file's schema (trusted_schema = OFF).
 */

interface ConnectionSettings {
  readonly: boolean;
  synchronous: unknown;
  secureDelete: unknown;
  trustedSchema: unknown;
}

/** Settings of every better-sqlite3 handle Coachbook's own code opened, read just before it closed. */
const closed = vi.hoisted((): ConnectionSettings[] => []);

vi.mock('better-sqlite3', async (importOriginal) => {
  const actual = await importOriginal<{ default: typeof BetterSqlite3 }>();
  class RecordingDatabase extends actual.default {
    override close(): this {
      if (this.open) {
        closed.push({
          readonly: this.readonly,
          synchronous: this.pragma('synchronous', { simple: true }),
          secureDelete: this.pragma('secure_delete', { simple: true }),
          trustedSchema: this.pragma('trusted_schema', { simple: true }),
        });
      }
      return super.close();
    }
  }
  return { ...actual, default: RecordingDatabase };
});

const EXPECTED = { synchronous: 2, secureDelete: 1, trustedSchema: 0 };

const folders = useTempFolders();

describe('the main connection', () => {
  let rig: ExportRig;
  beforeEach(async () => {
    rig = await startExportRig();
  });
  afterEach(async () => {
    await rig.dispose();
  });

  const settingsOf = async (query: (sql: string) => Promise<unknown>) => ({
    synchronous: await query('PRAGMA synchronous'),
    secureDelete: await query('PRAGMA secure_delete'),
    trustedSchema: await query('PRAGMA trusted_schema'),
  });
  const viaTypeorm = (rig: ExportRig) => async (sql: string) => {
    const rows: Array<Record<string, unknown>> = (await rig.app.core.dataSource?.query(sql)) ?? [];
    return Object.values(rows[0] ?? {})[0];
  };
  const viaRaw = (rig: ExportRig) => async (sql: string) => {
    const dataSource = rig.app.core.dataSource;
    if (!dataSource) throw new Error('no database');
    return rawConnection(dataSource).prepare(sql).pluck().get();
  };

  it('syncs every commit, zeroes deleted content and trusts no schema function, through TypeORM and raw', async () => {
    expect(await settingsOf(viaTypeorm(rig))).toEqual(EXPECTED);
    expect(await settingsOf(viaRaw(rig))).toEqual(EXPECTED);
  });

  it('keeps those settings on the connection opened after a restore', async () => {
    await rig.app.call('reps.create', { name: 'Ana Ruiz', cadence: 'weekly' });
    const backup = join(rig.outDir, 'backup.sqlite');
    rig.saveAs.push(backup);
    await rig.app.call('backup.create', {});
    rig.openAs.push(backup);
    await rig.app.call('backup.restore', {});
    expect(await settingsOf(viaTypeorm(rig))).toEqual(EXPECTED);
  });

  it('still keeps the search index in step through its triggers with trusted_schema off', async () => {
    const rep = await rig.app.call('reps.create', { name: 'Ana Ruiz', cadence: 'weekly' });
    const meeting = await rig.app.call('meetings.schedule', { repId: rep.id, scheduledAt: '2026-11-30T10:00:00.000Z' });
    const doc = (text: string) => ({
      type: 'doc',
      content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
    });
    const saved = await rig.app.call('meetings.saveNotes', {
      id: meeting.id,
      baseRevision: 0,
      shared: doc('Quarterly pipeline review'),
    });
    const hits = async (words: string) =>
      (await rig.app.call('search.query', { text: words })).filter((hit) => hit.kind === 'notes').length;
    expect(await hits('pipeline')).toBe(1);
    await rig.app.call('meetings.saveNotes', {
      id: meeting.id,
      baseRevision: saved.notesRevision,
      shared: doc('Territory planning'),
    });
    expect(await hits('pipeline')).toBe(0);
    expect(await hits('territory')).toBe(1);
  });
});

describe('short-lived connections (checks, backups, restores)', () => {
  beforeEach(() => {
    closed.length = 0;
  });

  it('the start-up check and the backup before a migration', async () => {
    const dataDir = await folders.make();
    const old = await openAtVersion(join(dataDir, DATABASE_FILE_NAME), 2);
    await old.destroy();
    closed.length = 0;

    const opened = await openDatabase({ dataDir });
    if (opened.status === 'ready') folders.track(opened.dataSource);
    expect(opened.status).toBe('ready');

    // One read-only inspection, one handle to copy the file before the upgrade.
    expect(closed.map((handle) => handle.readonly)).toEqual([true, false]);
    for (const handle of closed) expect(handle).toMatchObject(EXPECTED);
  });

  it('the restore check and the copy staged for the swap', async () => {
    const rig = await startExportRig();
    try {
      const backup = join(rig.outDir, 'backup.sqlite');
      rig.saveAs.push(backup);
      await rig.app.call('backup.create', {});
      closed.length = 0;
      rig.openAs.push(backup);
      await rig.app.call('backup.restore', {});
      // Inspection, integrity check, staging copy: all read-only on the backup.
      expect(closed.length).toBeGreaterThanOrEqual(3);
      for (const handle of closed) expect(handle).toMatchObject(EXPECTED);
    } finally {
      await rig.dispose();
    }
  });
});
