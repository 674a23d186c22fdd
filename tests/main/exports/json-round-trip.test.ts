import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Database } from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { seedDemoData } from '../../../src/main/demo/seed-demo-data';
import { PRIVATE_SENTENCES } from '../../../src/main/demo/demo-vocabulary';
import { EXPORT_TABLE_NAMES, orderBy } from '../../../src/main/exports/export-tables';
import { exportJsonChunks } from '../../../src/main/exports/json-export';
import { startExportRig, TODAY, type ExportRig } from './export-fixtures';
import { LATEST_SCHEMA_VERSION } from '../../../src/main/database/migrations';

const rigs: ExportRig[] = [];
afterEach(async () => {
  for (const rig of rigs.splice(0)) await rig.dispose();
});

async function rig(): Promise<ExportRig> {
  const started = await startExportRig();
  rigs.push(started);
  return started;
}

async function seeded(): Promise<ExportRig> {
  const source = await rig();
  const { dataSource, services } = source.app.core;
  if (!dataSource || !services) throw new Error('no database');
  await seedDemoData(dataSource, services, { reps: 4, years: 1, seed: 3, today: TODAY });
  // Values the demo never writes: nulls, unicode, a user-made template, a setting.
  source.db.prepare(`UPDATE reps SET title = NULL, territory = 'Zürich — “Nord” 🚀' WHERE id = 1`).run();
  source.db
    .prepare(
      `INSERT INTO agenda_templates (name, description, sections, created_at, updated_at) VALUES ('Mine', NULL, '[]', 'a', 'b')`,
    )
    .run();
  source.db.prepare(`INSERT INTO settings (key, value) VALUES ('theme', '"dark"')`).run();
  return source;
}

const dump = (db: Database): Record<string, unknown[]> =>
  Object.fromEntries(
    EXPORT_TABLE_NAMES.map((table) => [
      table,
      db.prepare(`SELECT * FROM "${table}" ORDER BY "${orderBy(table)}"`).all(),
    ]),
  );

const search = (db: Database, word: string) =>
  db.prepare(`SELECT rowid FROM meeting_notes_fts WHERE meeting_notes_fts MATCH ? ORDER BY rowid`).pluck().all(word);

describe('JSON export and import', () => {
  it('round-trips every table, row by row and column by column, into an empty database', async () => {
    const source = await seeded();
    const saved = await source.app.call('exports.json', { includePrivateNotes: true });
    if (!saved) throw new Error('cancelled');
    const file = JSON.parse(await readFile(saved.filePath, 'utf8')) as Record<string, unknown>;
    expect(file).toMatchObject({
      format: 'coachbook-export',
      version: 1,
      exportedAt: TODAY.toISOString(),
      schemaVersion: LATEST_SCHEMA_VERSION,
      includesPrivateNotes: true,
    });
    expect(Object.keys(file.tables as object)).toEqual(EXPORT_TABLE_NAMES);

    const target = await rig();
    target.openAs.push(saved.filePath);
    const imported = await target.app.call('imports.json', {});
    expect(imported?.rows.meetings).toBeGreaterThan(100);
    expect(dump(target.db)).toEqual(dump(source.db));
    // Full-text search was rebuilt for the imported notes.
    expect(search(target.db, 'champion')).toEqual(search(source.db, 'champion'));
    expect(search(target.db, 'champion').length).toBeGreaterThan(0);
    // New rows continue after the imported ids.
    const next = target.db
      .prepare(
        `INSERT INTO reps (name, cadence, status, created_at, updated_at) VALUES ('New', 'weekly', 'active', 'a', 'a')`,
      )
      .run();
    expect(Number(next.lastInsertRowid)).toBe(5);
  });

  it('leaves private notes out unless the manager ticks the box, and such a file imports without them', async () => {
    const source = await seeded();
    const privateCount = () =>
      source.db.prepare(`SELECT COUNT(*) FROM meetings WHERE private_notes_text <> ''`).pluck().get() as number;
    expect(privateCount()).toBeGreaterThan(0);
    const saved = await source.app.call('exports.json', {});
    if (!saved) throw new Error('cancelled');
    const content = await readFile(saved.filePath, 'utf8');
    for (const sentence of PRIVATE_SENTENCES) expect(content).not.toContain(sentence.slice(0, 20));
    const file = JSON.parse(content) as {
      includesPrivateNotes: boolean;
      tables: { meetings: Array<Record<string, unknown>> };
    };
    expect(file.includesPrivateNotes).toBe(false);
    expect(file.tables.meetings.every((row) => row.private_notes_json === null && row.private_notes_text === '')).toBe(
      true,
    );

    const target = await rig();
    target.openAs.push(saved.filePath);
    const imported = await target.app.call('imports.json', {});
    expect(imported?.rows.meetings).toBe(file.tables.meetings.length);
    // Everything else arrives as it was; the one-on-ones simply have no private notes.
    const withoutPrivate = (rows: unknown[]) =>
      rows.map((row) => ({ ...(row as object), private_notes_json: null, private_notes_text: '' }));
    const sourceDump = dump(source.db);
    const targetDump = dump(target.db);
    expect(targetDump.meetings).toEqual(withoutPrivate(sourceDump.meetings ?? []));
    expect({ ...targetDump, meetings: [] }).toEqual({ ...sourceDump, meetings: [] });
    expect(search(target.db, 'private_notes_text : workload')).toEqual([]);
    expect(search(source.db, 'private_notes_text : workload').length).toBeGreaterThan(0);
    expect(search(target.db, 'champion')).toEqual(search(source.db, 'champion'));
  });

  it('refuses a private-notes choice that is not true or false', async () => {
    const source = await rig();
    expect(await source.app.callError('exports.json', { includePrivateNotes: 'yes' })).toMatchObject({
      code: 'invalid_input',
      field: 'includePrivateNotes',
    });
  });

  it('refuses to import into a database that holds data, changing nothing', async () => {
    const source = await seeded();
    const saved = await source.app.call('exports.json', {});
    if (!saved) throw new Error('cancelled');
    const before = dump(source.db);
    source.openAs.push(saved.filePath);
    expect(await source.app.callError('imports.json', {})).toMatchObject({
      code: 'conflict',
      message: expect.stringContaining('already holds data'),
    });
    expect(dump(source.db)).toEqual(before);
  });

  it('refuses files that are not valid exports with a clear message, changing nothing', async () => {
    const target = await rig();
    const before = dump(target.db);
    const write = async (name: string, content: string) => {
      const path = join(target.outDir, name);
      await writeFile(path, content);
      return path;
    };
    const cases: Array<[string, RegExp]> = [
      ['not json at all', /not valid JSON/],
      [JSON.stringify({ format: 'something-else' }), /not a Coachbook export/],
      [
        JSON.stringify({ format: 'coachbook-export', version: 2, exportedAt: 'x', schemaVersion: 1, tables: {} }),
        /Only version 1/,
      ],
    ];
    for (const [content, message] of cases) {
      target.openAs.push(await write('bad.json', content));
      expect(await target.app.callError('imports.json', {})).toMatchObject({
        code: 'invalid_input',
        field: 'filePath',
        message: expect.stringMatching(message),
      });
    }
    const source = await seeded();
    const saved = await source.app.call('exports.json', {});
    if (!saved) throw new Error('cancelled');
    const good = JSON.parse(await readFile(saved.filePath, 'utf8')) as {
      schemaVersion: number;
      tables: Record<string, Array<Record<string, unknown>>>;
    };
    const newer = await write('newer.json', JSON.stringify({ ...good, schemaVersion: 99 }));
    target.openAs.push(newer);
    expect(await target.app.callError('imports.json', {})).toMatchObject({
      message: expect.stringMatching(/newer Coachbook/),
    });
    const meetings = good.tables.meetings ?? [];
    meetings[3] = { ...meetings[3], status: 'postponed' };
    const badRow = await write('bad-row.json', JSON.stringify(good));
    target.openAs.push(badRow);
    expect(await target.app.callError('imports.json', {})).toMatchObject({
      message: expect.stringMatching(/Row 4 of meetings is not valid \(status/),
    });
    meetings[3] = { ...meetings[3], status: 'held', rep_id: 999 };
    const dangling = await write('dangling.json', JSON.stringify(good));
    target.openAs.push(dangling);
    expect(await target.app.callError('imports.json', {})).toMatchObject({
      message: expect.stringMatching(/do not fit together/),
    });
    target.openAs.push(join(target.outDir, 'gone.json'));
    expect(await target.app.callError('imports.json', {})).toMatchObject({
      message: expect.stringMatching(/could not read that file/),
    });
    expect(dump(target.db)).toEqual(before);
  });

  it('asks for the file with an open dialog when no path is given, and does nothing when cancelled', async () => {
    const target = await rig();
    expect(await target.app.call('imports.json', {})).toBeNull();
  });

  it('exports a consistent snapshot as one JSON document', async () => {
    const source = await seeded();
    const parsed = JSON.parse(exportJsonChunks(source.db, 'now', { includePrivateNotes: true }).join('')) as {
      tables: { reps: unknown[] };
    };
    expect(parsed.tables.reps).toHaveLength(4);
  });
});
