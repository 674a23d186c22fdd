import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src/main/database/open-database';
import { openAtVersion, schemaVersionOf } from './migration-helpers';
import { useTempFolders } from './temp-folders';

const folders = useTempFolders();
const NOW = '2026-11-27T09:30:00.000Z';

describe('migration 0005: calendar links', () => {
  it('upgrades a version-4 file with one-on-ones, keeping every row, and links import keys to meetings', async () => {
    const dataDir = await folders.make();
    const file = join(dataDir, 'book.sqlite');
    const old = await openAtVersion(file, 4);
    await old.query(
      `INSERT INTO reps (id, name, email, created_at, updated_at) VALUES (1, 'Ana Ruiz', 'ana@example.com', ?, ?)`,
      [NOW, NOW],
    );
    await old.query(
      `INSERT INTO meetings (id, rep_id, scheduled_at, shared_notes_text, created_at, updated_at) VALUES (1, 1, ?, 'Pipeline review', ?, ?), (2, 1, ?, '', ?, ?)`,
      [NOW, NOW, NOW, '2026-12-04T09:30:00.000Z', NOW, NOW],
    );
    await old.destroy();
    expect(schemaVersionOf(file)).toBe(4);

    const opened = await openDatabase({ dataDir, file });
    if (opened.status !== 'ready') throw new Error(opened.message);
    const db = folders.track(opened.dataSource);
    expect(opened.migrationsRun).toEqual(['CalendarLinks1764230400005']);
    expect(opened.schemaVersion).toBe(5);
    expect(await db.query('SELECT id, shared_notes_text FROM meetings ORDER BY id')).toEqual([
      { id: 1, shared_notes_text: 'Pipeline review' },
      { id: 2, shared_notes_text: '' },
    ]);
    expect(
      await db.query(`SELECT count(*) AS n FROM meeting_notes_fts WHERE meeting_notes_fts MATCH 'pipeline'`),
    ).toEqual([{ n: 1 }]);

    const link = `INSERT INTO calendar_links (meeting_id, uid, recurrence_id, calendar_starts_at, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)`;
    await db.query(link, [1, 'series@google.com', NOW, NOW, NOW, NOW]);
    // One link per occurrence (UID + RECURRENCE-ID) and per meeting.
    await expect(db.query(link, [2, 'series@google.com', NOW, NOW, NOW, NOW])).rejects.toThrow(
      /UNIQUE constraint failed/,
    );
    await expect(db.query(link, [1, 'series@google.com', 'other', NOW, NOW, NOW])).rejects.toThrow(
      /UNIQUE constraint failed/,
    );
    await expect(db.query(link, [42, 'x', '', NOW, NOW, NOW])).rejects.toThrow(/FOREIGN KEY constraint failed/);
    // A link goes with its meeting.
    await db.query('DELETE FROM meetings WHERE id = 1');
    expect(await db.query('SELECT count(*) AS n FROM calendar_links')).toEqual([{ n: 0 }]);
  });

  it('down removes the table and leaves version 4', async () => {
    const file = join(await folders.make(), 'book.sqlite');
    const db = folders.track(await openAtVersion(file, 5));
    await db.undoLastMigration({ transaction: 'all' });
    expect(await db.query(`SELECT name FROM sqlite_master WHERE name = 'calendar_links'`)).toEqual([]);
    expect(await db.query('PRAGMA user_version')).toEqual([{ user_version: 4 }]);
  });
});
