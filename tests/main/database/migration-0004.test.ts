import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src/main/database/open-database';
import { openAtVersion, schemaVersionOf } from './migration-helpers';
import { useTempFolders } from './temp-folders';

const folders = useTempFolders();
const NOW = '2026-11-27T09:30:00.000Z';

describe('migration 0004: search forgets deleted words at once', () => {
  it('upgrades a version-3 file with notes, keeps every row and the index, and clears words out of it', async () => {
    const dataDir = await folders.make();
    const file = join(dataDir, 'book.sqlite');
    const old = await openAtVersion(file, 3);
    await old.query(`INSERT INTO reps (id, name, created_at, updated_at) VALUES (1, 'Ana Ruiz', ?, ?)`, [NOW, NOW]);
    for (let id = 1; id <= 50; id += 1) {
      await old.query(
        `INSERT INTO meetings (id, rep_id, scheduled_at, shared_notes_text, private_notes_text, created_at, updated_at)
         VALUES (?, 1, ?, 'Pipeline review and discovery practice', ?, ?, ?)`,
        [id, NOW, id === 7 ? 'Interviewing with Globex' : 'Doing fine', NOW, NOW],
      );
    }
    await old.destroy();
    expect(schemaVersionOf(file)).toBe(3);

    const opened = await openDatabase({ dataDir, file });
    if (opened.status !== 'ready') throw new Error(opened.message);
    const db = folders.track(opened.dataSource);
    expect(opened.migrationsRun).toEqual(['SearchSecureDelete1764230400004', 'CalendarLinks1764230400005']);
    expect(opened.schemaVersion).toBe(5);
    expect(await db.query('SELECT count(*) AS n FROM meetings')).toEqual([{ n: 50 }]);
    const matching = async (words: string) =>
      (
        (await db.query('SELECT rowid AS id FROM meeting_notes_fts WHERE meeting_notes_fts MATCH ?', [
          words,
        ])) as Array<{
          id: number;
        }>
      ).map((row) => row.id);
    expect(await matching('globex')).toEqual([7]);
    for (const table of ['meeting_notes_fts', 'action_items_fts', 'goals_fts']) {
      expect(await db.query(`SELECT v FROM ${table}_config WHERE k = 'secure-delete'`), table).toEqual([{ v: 1 }]);
    }

    await db.query(`UPDATE meetings SET private_notes_text = '' WHERE id = 7`);
    await db.query('PRAGMA wal_checkpoint(TRUNCATE)');
    expect(await matching('globex')).toEqual([]);
    expect(await matching('pipeline')).toHaveLength(50);
    await db.query(`INSERT INTO meeting_notes_fts (meeting_notes_fts, rank) VALUES ('integrity-check', 1)`);
    expect(readFileSync(file).includes('globex')).toBe(false);
  });
});
