import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { DATABASE_FILE_NAME } from '../../../src/main/database/data-dir';
import { openDatabase } from '../../../src/main/database/open-database';
import { useTempFolders } from './temp-folders';

const folders = useTempFolders();
const NOW = '2026-11-27T09:30:00.000Z';

/** Every file in the folder with its bytes, to prove a refused file was not touched. */
async function snapshot(folder: string): Promise<Map<string, Buffer>> {
  const names = (await readdir(folder)).sort();
  return new Map(await Promise.all(names.map(async (name) => [name, await readFile(join(folder, name))] as const)));
}

function expectSameFiles(after: Map<string, Buffer>, before: Map<string, Buffer>): void {
  // No -wal or -shm left beside the file, and every byte as it was.
  expect([...after.keys()]).toEqual([...before.keys()]);
  for (const [name, bytes] of before) expect(after.get(name)?.equals(bytes), name).toBe(true);
}

/** A real Coachbook file with some hundred rows, closed (checkpointed) and in WAL mode. */
async function coachbookFile(dataDir: string): Promise<string> {
  const opened = await openDatabase({ dataDir });
  if (opened.status !== 'ready') throw new Error(opened.message);
  const db = opened.dataSource;
  await db.query(`INSERT INTO reps (id, name, created_at, updated_at) VALUES (1, 'Ana', ?, ?)`, [NOW, NOW]);
  for (let i = 0; i < 200; i += 1) {
    const notes = `Week ${i}: pipeline review, discovery practice and follow-ups. `.repeat(8);
    await db.query(
      `INSERT INTO meetings (rep_id, scheduled_at, shared_notes_text, created_at, updated_at) VALUES (1, ?, ?, ?, ?)`,
      [NOW, notes, NOW, NOW],
    );
  }
  await db.destroy();
  return opened.file;
}

async function expectRefused(dataDir: string, problem: string, message: RegExp) {
  const before = await snapshot(dataDir);
  const result = await openDatabase({ dataDir });
  expect(result).toMatchObject({ status: 'refused', file: join(dataDir, DATABASE_FILE_NAME), problem });
  if (result.status === 'refused') {
    expect(result.message).toMatch(message);
    expect(result.message).toMatch(/not changed/);
  }
  expectSameFiles(await snapshot(dataDir), before);
}

describe('openDatabase refuses, and does not touch,', () => {
  it('a Coachbook file whose middle pages were overwritten', async () => {
    const dataDir = await folders.make();
    const file = await coachbookFile(dataDir);
    const bytes = await readFile(file);
    const pageSize = bytes.readUInt16BE(16);
    expect(bytes.length).toBeGreaterThan(pageSize * 20);
    // Leave the header page alone so it still looks like SQLite; scribble over pages 3–10.
    bytes.fill(0xa5, pageSize * 2, pageSize * 10);
    await writeFile(file, bytes);

    await expectRefused(dataDir, 'corrupt', /damaged/);
  });

  it('a file with a SQLite header followed by garbage', async () => {
    const dataDir = await folders.make();
    const garbage = Buffer.alloc(8192, 0);
    for (let i = 0; i < garbage.length; i += 1) garbage[i] = (i * 7919) % 251;
    await writeFile(
      join(dataDir, DATABASE_FILE_NAME),
      Buffer.concat([Buffer.from('SQLite format 3\0', 'latin1'), garbage]),
    );

    await expectRefused(dataDir, 'corrupt', /damaged/);
  });

  it('a file that is not SQLite at all', async () => {
    const dataDir = await folders.make();
    await writeFile(join(dataDir, DATABASE_FILE_NAME), 'Name,Team\nAna Ruiz,East\n');
    await expectRefused(dataDir, 'not_a_database', /not a Coachbook database/);
  });

  it('a file shorter than a SQLite header', async () => {
    const dataDir = await folders.make();
    await writeFile(join(dataDir, DATABASE_FILE_NAME), 'SQLite');
    await expectRefused(dataDir, 'not_a_database', /not a Coachbook database/);
  });

  it('a SQLite database that belongs to another program', async () => {
    const dataDir = await folders.make();
    const other = new Database(join(dataDir, DATABASE_FILE_NAME));
    other.exec("CREATE TABLE contacts (id INTEGER PRIMARY KEY, name TEXT); INSERT INTO contacts (name) VALUES ('Ana')");
    other.close();
    await expectRefused(dataDir, 'not_a_database', /another program/);
  });

  it('a database written by a newer Coachbook', async () => {
    const dataDir = await folders.make();
    const opened = await openDatabase({ dataDir });
    if (opened.status !== 'ready') throw new Error(opened.message);
    await opened.dataSource.query('PRAGMA user_version = 99');
    await opened.dataSource.destroy();

    await expectRefused(dataDir, 'newer_version', /newer version of Coachbook \(schema 99; this app knows up to 5\)/);
  });
});
