import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LATEST_SCHEMA_VERSION } from '../../../src/main/database/migrations';
import { openDatabase } from '../../../src/main/database/open-database';
import { openAtVersion, schemaVersionOf } from './migration-helpers';
import { useTempFolders } from './temp-folders';

const folders = useTempFolders();
const NOW = '2026-11-27T09:30:00.000Z';

describe('migration 0002: built-in agenda templates', () => {
  it('upgrades a version-1 file with reps and one-on-ones, keeping the data and adding the four templates', async () => {
    const dataDir = await folders.make();
    const file = join(dataDir, 'book.sqlite');
    const old = await openAtVersion(file, 1);
    await old.query(
      `INSERT INTO reps (id, name, cadence, created_at, updated_at) VALUES (1, 'Ana Ruiz', 'biweekly', ?, ?)`,
      [NOW, NOW],
    );
    await old.query(
      `INSERT INTO meetings (id, rep_id, scheduled_at, status, agenda, shared_notes_json, shared_notes_text, notes_revision, created_at, updated_at)
       VALUES (1, 1, ?, 'held', '[]', '{"type":"doc","content":[]}', 'Acme renewal', 3, ?, ?)`,
      [NOW, NOW, NOW],
    );
    await old.query(
      `INSERT INTO action_items (id, rep_id, meeting_id, title, due_date, created_at, updated_at) VALUES (1, 1, 1, 'Call Acme', '2026-12-04', ?, ?)`,
      [NOW, NOW],
    );
    await old.query(`INSERT INTO talking_points (rep_id, text, created_at) VALUES (1, 'Travel budget', ?)`, [NOW]);
    await old.destroy();
    expect(schemaVersionOf(file)).toBe(1);

    const opened = await openDatabase({ dataDir, file });
    if (opened.status !== 'ready') throw new Error(opened.message);
    const db = folders.track(opened.dataSource);
    // Later migrations run after it, as they would for a manager skipping a release.
    expect(opened.migrationsRun[0]).toBe('BuiltinAgendaTemplates1764230400002');
    expect(opened.schemaVersion).toBe(LATEST_SCHEMA_VERSION);

    expect(await db.query('SELECT id, name, cadence FROM reps')).toEqual([
      { id: 1, name: 'Ana Ruiz', cadence: 'biweekly' },
    ]);
    expect(await db.query('SELECT id, status, shared_notes_text, notes_revision FROM meetings')).toEqual([
      { id: 1, status: 'held', shared_notes_text: 'Acme renewal', notes_revision: 3 },
    ]);
    expect(await db.query('SELECT id, title, due_date FROM action_items')).toEqual([
      { id: 1, title: 'Call Acme', due_date: '2026-12-04' },
    ]);
    expect(await db.query('SELECT text FROM talking_points')).toEqual([{ text: 'Travel budget' }]);
    expect(await db.query(`SELECT rowid FROM meeting_notes_fts WHERE meeting_notes_fts MATCH 'acme'`)).toEqual([
      { rowid: 1 },
    ]);

    const templates: Array<{ builtin_key: string; name: string; sections: string }> = await db.query(
      'SELECT builtin_key, name, sections FROM agenda_templates ORDER BY id',
    );
    expect(templates.map((row) => [row.builtin_key, row.name])).toEqual([
      ['weekly-check-in', 'Weekly check-in'],
      ['pipeline-review', 'Pipeline review'],
      ['development-conversation', 'Development conversation'],
      ['performance-improvement-plan', 'Performance improvement plan'],
    ]);
    for (const row of templates) {
      const sections = JSON.parse(row.sections) as Array<{ title: string; prompts: string[] }>;
      expect(sections.length).toBeGreaterThan(0);
      expect(sections.every((section) => section.title && section.prompts.length > 0)).toBe(true);
    }
  });

  it('down removes the built-ins and the references to them', async () => {
    const file = join(await folders.make(), 'book.sqlite');
    const db = folders.track(await openAtVersion(file, 2));
    await db.query(`INSERT INTO reps (name, default_template_id, created_at, updated_at) VALUES ('Ana', 1, ?, ?)`, [
      NOW,
      NOW,
    ]);
    await db.undoLastMigration({ transaction: 'all' });
    expect(await db.query('SELECT count(*) AS n FROM agenda_templates')).toEqual([{ n: 0 }]);
    expect(await db.query('SELECT default_template_id FROM reps')).toEqual([{ default_template_id: null }]);
    expect(await db.query('PRAGMA user_version')).toEqual([{ user_version: 1 }]);
  });
});
