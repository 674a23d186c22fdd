import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATABASE_FILE_NAME } from '../../../src/main/database/data-dir';
import { LATEST_SCHEMA_VERSION } from '../../../src/main/database/migrations';
import { openDatabase, type OpenDatabaseResult } from '../../../src/main/database/open-database';
import { useTempFolders } from './temp-folders';

const folders = useTempFolders();

async function openReady(options: Parameters<typeof openDatabase>[0]) {
  const result: OpenDatabaseResult = await openDatabase(options);
  if (result.status !== 'ready') throw new Error(`expected ready, got ${result.problem}: ${result.message}`);
  folders.track(result.dataSource);
  return result;
}

const names = async (
  result: { dataSource: { query: (sql: string) => Promise<Array<{ name: string }>> } },
  type: string,
) =>
  (await result.dataSource.query(`SELECT name FROM sqlite_master WHERE type = '${type}' ORDER BY name`)).map(
    (row) => row.name,
  );

describe('openDatabase on an empty folder', () => {
  it('creates the data folder and the full schema at the latest version', async () => {
    const dataDir = join(await folders.make(), 'not', 'there', 'yet');
    const opened = await openReady({ dataDir });

    expect(opened.file).toBe(join(dataDir, DATABASE_FILE_NAME));
    expect(opened.migrationsRun).toEqual([
      'InitialSchema1764230400001',
      'BuiltinAgendaTemplates1764230400002',
      'GoalsSearch1764230400003',
      'SearchSecureDelete1764230400004',
      'CalendarLinks1764230400005',
    ]);
    expect(opened.schemaVersion).toBe(LATEST_SCHEMA_VERSION);
    expect(LATEST_SCHEMA_VERSION).toBe(5);

    const tables = await names(opened, 'table');
    expect(tables).toEqual(
      expect.arrayContaining([
        'action_items',
        'action_items_fts',
        'agenda_templates',
        'follow_up_checks',
        'goal_check_ins',
        'goals',
        'goals_fts',
        'meeting_notes_fts',
        'meetings',
        'migrations',
        'reps',
        'settings',
        'skill_ratings',
        'skills',
        'talking_points',
      ]),
    );
    expect(await names(opened, 'trigger')).toEqual([
      'action_items_fts_after_delete',
      'action_items_fts_after_insert',
      'action_items_fts_after_update',
      'goals_fts_after_delete',
      'goals_fts_after_insert',
      'goals_fts_after_update',
      'meetings_fts_after_delete',
      'meetings_fts_after_insert',
      'meetings_fts_after_update',
    ]);
  });

  it('seeds the eight default skills in order', async () => {
    const opened = await openReady({ dataDir: await folders.make() });
    const skills: Array<{ name: string; position: number; created_at: string }> = await opened.dataSource.query(
      'SELECT name, position, created_at FROM skills ORDER BY position',
    );
    expect(skills.map((skill) => skill.name)).toEqual([
      'Prospecting',
      'Introductions',
      'Discovery questions',
      'Listening',
      'Problem questions',
      'Objection handling',
      'Closing',
      'Pipeline hygiene',
    ]);
    expect(skills.map((skill) => skill.position)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    for (const skill of skills) expect(skill.created_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
  });

  it('runs in WAL mode with foreign keys on and a busy timeout', async () => {
    const opened = await openReady({ dataDir: await folders.make() });
    const pragma = async (name: string): Promise<unknown> =>
      Object.values((await opened.dataSource.query(`PRAGMA ${name}`))[0])[0];
    expect(await pragma('journal_mode')).toBe('wal');
    expect(await pragma('foreign_keys')).toBe(1);
    expect(await pragma('busy_timeout')).toBe(5000);
    expect(await pragma('user_version')).toBe(LATEST_SCHEMA_VERSION);
  });

  it('opens a file the manager chose instead of the default one', async () => {
    const dataDir = await folders.make();
    const file = join(await folders.make(), 'team-east.sqlite');
    const opened = await openReady({ dataDir, file });
    expect(opened.file).toBe(file);
    expect(existsSync(file)).toBe(true);
    expect(existsSync(join(dataDir, DATABASE_FILE_NAME))).toBe(false);
  });
});

describe('openDatabase on an existing file', () => {
  it('runs no migration when the schema is current, and keeps the data', async () => {
    const dataDir = await folders.make();
    const first = await openReady({ dataDir });
    await first.dataSource.query(
      "INSERT INTO reps (name, created_at, updated_at) VALUES ('Ana Ruiz', '2026-11-27T09:30:00.000Z', '2026-11-27T09:30:00.000Z')",
    );
    await first.dataSource.destroy();

    const second = await openReady({ dataDir });
    expect(second.migrationsRun).toEqual([]);
    expect(second.schemaVersion).toBe(LATEST_SCHEMA_VERSION);
    expect(await second.dataSource.query('SELECT name, cadence, status FROM reps')).toEqual([
      { name: 'Ana Ruiz', cadence: 'weekly', status: 'active' },
    ]);
    expect(await second.dataSource.query('SELECT count(*) AS n FROM skills')).toEqual([{ n: 8 }]);
  });

  it('treats an empty file as a new database', async () => {
    const dataDir = await folders.make();
    await writeFile(join(dataDir, DATABASE_FILE_NAME), '');
    const opened = await openReady({ dataDir });
    expect(opened.migrationsRun).toHaveLength(LATEST_SCHEMA_VERSION);
  });
});
