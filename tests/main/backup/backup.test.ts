import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { onlineBackup } from '../../../src/main/backup/online-backup';
import { rawConnection } from '../../../src/main/database/raw-connection';
import { seedDemoData } from '../../../src/main/demo/seed-demo-data';
import { startExportRig, TODAY, type ExportRig } from '../exports/export-fixtures';
import { startTempCore } from '../support/temp-core';

let rig: ExportRig;
beforeEach(async () => {
  rig = await startExportRig();
});
afterEach(async () => {
  await rig.dispose();
});

const countIn = (file: string, table: string): number => {
  const db = new Database(file, { readonly: true });
  try {
    return Number(db.prepare(`SELECT count(*) FROM ${table}`).pluck().get());
  } finally {
    db.close();
  }
};

const integrityOf = (file: string): unknown[] => {
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare('PRAGMA integrity_check').pluck().all();
  } finally {
    db.close();
  }
};

describe('backup to a chosen file', () => {
  it('writes a complete, valid copy with the online backup API', async () => {
    await rig.app.call('reps.create', { name: 'Ana Ruiz', cadence: 'weekly' });
    const target = join(rig.outDir, 'my-backup.sqlite');
    rig.saveAs.push(target);
    const saved = await rig.app.call('backup.create', {});
    expect(saved).toMatchObject({ filePath: target });
    expect(saved?.bytes).toBeGreaterThan(0);
    expect(integrityOf(target)).toEqual(['ok']);
    expect(countIn(target, 'reps')).toBe(1);
    expect(readdirSync(rig.outDir)).toEqual(['my-backup.sqlite']);
  });

  it('stays consistent while the app writes during the backup', async () => {
    const { dataSource, services } = rig.app.core;
    if (!dataSource || !services) throw new Error('no database');
    await seedDemoData(dataSource, services, { reps: 6, years: 1, seed: 5, today: TODAY });
    const db = rawConnection(dataSource);
    const target = join(rig.outDir, 'during-writes.sqlite');
    // Copy one page per step so the writes below land between steps of the backup.
    const insert = db.prepare(
      `INSERT INTO talking_points (rep_id, text, status, created_at) VALUES (1, ?, 'queued', 'x')`,
    );
    const pairInsert = db.transaction((index: number) => {
      insert.run(`pair ${index} a`);
      insert.run(`pair ${index} b`);
    });
    let writes = 0;
    await onlineBackup(db, target, {
      pages: 1,
      between: () => {
        if (writes < 50) pairInsert((writes += 1));
      },
    });
    expect(writes).toBeGreaterThan(0);
    expect(integrityOf(target)).toEqual(['ok']);
    const pairs = new Database(target, { readonly: true });
    try {
      const rows = pairs.prepare(`SELECT text FROM talking_points WHERE text LIKE 'pair %'`).pluck().all() as string[];
      // Every transaction is in the copy whole or not at all; with same-connection writes, all of them.
      expect(rows.length % 2).toBe(0);
      expect(rows).toHaveLength(writes * 2);
    } finally {
      pairs.close();
    }
  });

  it('refuses to overwrite the open database and answers null when cancelled', async () => {
    const live = rig.app.core.status.databaseFile;
    rig.saveAs.push(live);
    expect(await rig.app.callError('backup.create', {})).toMatchObject({ code: 'invalid_input' });
    rig.saveAs.push(`${live}-wal`);
    expect(await rig.app.callError('backup.create', {})).toMatchObject({ code: 'invalid_input' });
    rig.saveAs.push(null);
    expect(await rig.app.call('backup.create', {})).toBeNull();
  });

  it('leaves no partial file when the backup fails', async () => {
    const db = rawConnection(rig.app.core.dataSource ?? (await Promise.reject(new Error('no db'))));
    await expect(onlineBackup(db, join(rig.outDir, 'missing-folder', 'x.sqlite'))).rejects.toThrow();
    expect(readdirSync(rig.outDir)).toEqual([]);
  });
});

describe('automatic daily backups', () => {
  it("makes today's backup on start, once a day, keeping the last seven", async () => {
    const first = await startTempCore(undefined, { clock: { now: () => TODAY } });
    const backups = join(first.dataDir, 'backups');
    await first.core.close();
    expect(readdirSync(backups)).toEqual(['daily-2026-11-27.sqlite']);

    // Eight older dailies and a manual backup, then a start on the next day.
    for (let day = 18; day <= 26; day += 1) writeFileSync(join(backups, `daily-2026-11-${day}.sqlite`), 'old');
    writeFileSync(join(backups, 'pre-migration-v1-20200101-000000.sqlite'), 'keep');
    const next = await startTempCore(first.dataDir, { clock: { now: () => new Date('2026-11-28T09:00:00.000Z') } });
    expect(await next.core.runDailyBackup()).toBeNull();
    await next.dispose();
    const left = readdirSync(backups).sort();
    expect(left).toEqual([
      'daily-2026-11-22.sqlite',
      'daily-2026-11-23.sqlite',
      'daily-2026-11-24.sqlite',
      'daily-2026-11-25.sqlite',
      'daily-2026-11-26.sqlite',
      'daily-2026-11-27.sqlite',
      'daily-2026-11-28.sqlite',
      'pre-migration-v1-20200101-000000.sqlite',
    ]);
    expect(integrityOf(join(backups, 'daily-2026-11-28.sqlite'))).toEqual(['ok']);
  });

  it('lists the backups folder, newest first, with kinds', async () => {
    expect(await rig.app.call('backup.list', {})).toEqual([]);
    await mkdir(join(rig.app.dataDir, 'backups'), { recursive: true });
    expect(await rig.app.core.runDailyBackup()).toMatch(/daily-2026-11-27\.sqlite$/);
    writeFileSync(join(rig.app.dataDir, 'backups', 'ignored.txt'), 'x');
    const list = await rig.app.call('backup.list', {});
    expect(list.map((entry) => [entry.fileName, entry.kind])).toEqual([['daily-2026-11-27.sqlite', 'daily']]);
    expect(existsSync(list[0]?.filePath ?? '')).toBe(true);
  });
});
