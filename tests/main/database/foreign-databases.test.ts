import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DATABASE_FILE_NAME } from '../../../src/main/database/data-dir';
import { openDatabase } from '../../../src/main/database/open-database';
import { startExportRig, type ExportRig } from '../exports/export-fixtures';
import { useTempFolders } from './temp-folders';

/*
 * Many programs number their SQLite schemas from 1 (Android Room, most apps
 * with a user_version migration scheme), so a user_version of 1–3 says nothing about who wrote
 * the file. Coachbook takes a file for its own only by its tables and TypeORM's migration rows.
 */

const folders = useTempFolders();

interface ForeignFile {
  name: string;
  make(file: string): void;
}

const withContacts = (userVersion: number): ForeignFile => ({
  name: `user_version ${userVersion} with another program's tables`,
  make: (file) => {
    const db = new Database(file);
    db.exec("CREATE TABLE contacts (id INTEGER PRIMARY KEY, name TEXT); INSERT INTO contacts (name) VALUES ('Ana')");
    db.pragma(`user_version = ${userVersion}`);
    db.close();
  },
});

const withoutTables = (userVersion: number): ForeignFile => ({
  name: `user_version ${userVersion} and no tables`,
  make: (file) => {
    const db = new Database(file);
    db.pragma(`user_version = ${userVersion}`);
    db.close();
  },
});

/** What Android Room leaves: WAL mode, its identity table, android_metadata, the app's own tables. */
const roomLike: ForeignFile = {
  name: 'an Android Room database (user_version 3, WAL, room_master_table)',
  make: (file) => {
    const db = new Database(file);
    db.pragma('journal_mode = WAL');
    db.exec(`
      CREATE TABLE android_metadata (locale TEXT);
      INSERT INTO android_metadata VALUES ('en_US');
      CREATE TABLE room_master_table (id INTEGER PRIMARY KEY, identity_hash TEXT);
      INSERT INTO room_master_table VALUES (42, '7d3c1b0e9a5f4c2d8e6b1a0f3c5d7e9b');
      CREATE TABLE Note (id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, title TEXT NOT NULL, body TEXT);
      INSERT INTO Note (title, body) VALUES ('Groceries', 'Milk, eggs');
    `);
    db.pragma('user_version = 3');
    db.close();
  },
};

/** Another TypeORM app: a `migrations` table too, but with its own rows (and a `reps` table of its own). */
const otherTypeormApp: ForeignFile = {
  name: "another TypeORM app's database (its own migration rows, user_version 2)",
  make: (file) => {
    const db = new Database(file);
    db.exec(`
      CREATE TABLE migrations (id integer PRIMARY KEY AUTOINCREMENT NOT NULL, timestamp bigint NOT NULL, name varchar NOT NULL);
      INSERT INTO migrations (timestamp, name) VALUES (1600000000001, 'CreateUsers1600000000001'), (1600000000002, 'AddReps1600000000002');
      CREATE TABLE reps (id integer PRIMARY KEY, name text);
      INSERT INTO reps (name) VALUES ('Gym reps');
    `);
    db.pragma('user_version = 2');
    db.close();
  },
};

const FOREIGN_FILES: ForeignFile[] = [
  ...[1, 2, 3, 99].map(withContacts),
  ...[1, 2, 3, 99].map(withoutTables),
  roomLike,
  otherTypeormApp,
];

/** Every file in the folder with its bytes, to prove a refused file was not touched. */
function snapshot(folder: string): Map<string, Buffer> {
  return new Map(
    readdirSync(folder)
      .sort()
      .map((name) => [name, readFileSync(join(folder, name))] as const),
  );
}

function expectSameFiles(after: Map<string, Buffer>, before: Map<string, Buffer>): void {
  // No -wal or -shm appeared beside the file, and every byte is as it was.
  expect([...after.keys()]).toEqual([...before.keys()]);
  for (const [name, bytes] of before) expect(after.get(name)?.equals(bytes), name).toBe(true);
}

describe("at start, Coachbook refuses another program's SQLite file and leaves it byte for byte", () => {
  it.each(FOREIGN_FILES.map((foreign) => [foreign.name, foreign] as const))('%s', async (_name, foreign) => {
    const dataDir = await folders.make();
    const file = join(dataDir, DATABASE_FILE_NAME);
    foreign.make(file);
    expect(existsSync(`${file}-wal`)).toBe(false);
    const before = snapshot(dataDir);

    const result = await openDatabase({ dataDir });

    expect(result).toMatchObject({ status: 'refused', problem: 'not_a_database' });
    if (result.status === 'refused') {
      expect(result.message).toMatch(/database from another program, not from Coachbook/);
      expect(result.message).not.toMatch(/newer version/);
      expect(result.message).toMatch(/not changed/);
    }
    expectSameFiles(snapshot(dataDir), before);
  });
});

describe("restore refuses another program's SQLite file and changes nothing", () => {
  let rig: ExportRig;
  beforeEach(async () => {
    rig = await startExportRig();
    await rig.app.call('reps.create', { name: 'Ana Ruiz', cadence: 'weekly' });
  });
  afterEach(async () => {
    await rig.dispose();
  });

  it.each(FOREIGN_FILES.map((foreign) => [foreign.name, foreign] as const))('%s', async (_name, foreign) => {
    const candidate = join(rig.outDir, 'picked.sqlite');
    foreign.make(candidate);
    const current = rig.app.core.status.databaseFile;
    const currentBefore = readFileSync(current);
    const candidateFolderBefore = snapshot(rig.outDir);

    rig.openAs.push(candidate);
    const error = await rig.app.callError('backup.restore', {});

    expect(error).toMatchObject({ code: 'invalid_input' });
    expect(error.message).toMatch(/database from another program, not a Coachbook backup/);
    expect(error.message).not.toMatch(/newer version/);
    expect(error.message).toMatch(/Your current data is unchanged/);
    expect(readFileSync(current).equals(currentBefore)).toBe(true);
    expect((await rig.app.call('reps.list', { status: 'all' })).map((rep) => rep.name)).toEqual(['Ana Ruiz']);
    expect(existsSync(join(rig.app.dataDir, 'backups'))).toBe(false);
    expectSameFiles(snapshot(rig.outDir), candidateFolderBefore);
  });
});
