import { existsSync, openSync, readSync, closeSync, statSync, unlinkSync } from 'node:fs';
import type Database from 'better-sqlite3';
import type { DatabaseProblem } from '@shared/app/app';
import { openSqliteFile } from './connection-pragmas';
import { databaseProblemMessages as messages } from './database-problem-messages';
import { recogniseCoachbookFile, type Recognition } from './recognise-coachbook-file';

export type FileInspection =
  | { usable: true; schemaVersion: number }
  | { usable: false; problem: DatabaseProblem; message: string; otherProgram?: true };

export interface InspectOptions {
  latestSchemaVersion: number;
  nativeBinding?: string;
}

/** Every SQLite 3 file starts with these 16 bytes. */
const SQLITE_MAGIC = Buffer.from('SQLite format 3\0', 'latin1');

/**
 * Decides whether an existing, non-empty file may be opened and migrated, without writing
 * to it: header bytes first, then a read-only SQLite handle for quick_check and the schema
 * version. Coachbook only ever writes to a file this accepted.
 */
export function inspectDatabaseFile(file: string, options: InspectOptions): FileInspection {
  const header = readHeader(file);
  if (header instanceof Error) return refuse(classifyError(header));
  if (!header.equals(SQLITE_MAGIC)) return { usable: false, problem: 'not_a_database', message: messages.notSqlite() };
  return withoutLeftovers(file, () => inspectWithSqlite(file, options));
}

function inspectWithSqlite(file: string, options: InspectOptions): FileInspection {
  let db: Database.Database | undefined;
  try {
    db = openSqliteFile(file, { readonly: true, nativeBinding: options.nativeBinding });
    const findings = db.prepare('PRAGMA quick_check').pluck().all();
    if (findings.length !== 1 || findings[0] !== 'ok') return refuse('corrupt');

    return inspectionOf(recogniseCoachbookFile(db, options.latestSchemaVersion), options.latestSchemaVersion);
  } catch (error) {
    return refuse(classifyError(error));
  } finally {
    db?.close();
  }
}

function inspectionOf(recognised: Recognition, latestSchemaVersion: number): FileInspection {
  switch (recognised.kind) {
    case 'new':
      return { usable: true, schemaVersion: 0 };
    case 'coachbook':
      return { usable: true, schemaVersion: recognised.schemaVersion };
    case 'newer_coachbook': {
      const message = messages.newerVersion(recognised.schemaVersion, latestSchemaVersion);
      return { usable: false, problem: 'newer_version', message };
    }
    case 'other_program':
      // Migrating would add Coachbook's tables to another program's database.
      return { usable: false, problem: 'not_a_database', message: messages.otherProgram(), otherProgram: true };
  }
}

/**
 * A read-only handle on a WAL-mode file still creates an empty -wal and a -shm beside it,
 * and leaves them on close (SQLite cannot checkpoint read-only). Remove the ones this
 * inspection created so a refused file's folder looks exactly as before. Companions that
 * were already there belong to another connection or hold unsaved pages: never touched.
 */
export function withoutLeftovers<T>(file: string, inspect: () => T): T {
  const companions = [`${file}-wal`, `${file}-shm`].filter((path) => !existsSync(path));
  try {
    return inspect();
  } finally {
    const wal = `${file}-wal`;
    const walIsEmpty = !existsSync(wal) || statSync(wal).size === 0;
    if (walIsEmpty) {
      for (const path of companions) if (existsSync(path)) unlinkSync(path);
    }
  }
}

function readHeader(file: string): Buffer | Error {
  const header = Buffer.alloc(SQLITE_MAGIC.length);
  let fd: number | undefined;
  try {
    fd = openSync(file, 'r');
    const bytesRead = readSync(fd, header, 0, header.length, 0);
    return header.subarray(0, bytesRead);
  } catch (error) {
    return error instanceof Error ? error : new Error(String(error));
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

type Refusal = 'corrupt' | 'in_use' | 'no_permission' | 'unreadable';

/** Sorts a Node or SQLite error into what the manager can do about it. */
export function classifyError(error: unknown): Refusal {
  const code = error instanceof Error && 'code' in error ? String(error.code) : '';
  // NOTADB after a valid header means the pages behind it are garbage.
  if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB') return 'corrupt';
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED') || code === 'EBUSY') return 'in_use';
  if (
    ['EACCES', 'EPERM', 'EROFS'].includes(code) ||
    code.startsWith('SQLITE_READONLY') ||
    code.startsWith('SQLITE_PERM')
  ) {
    return 'no_permission';
  }
  return 'unreadable';
}

export function refuse(refusal: Refusal): { usable: false; problem: DatabaseProblem; message: string } {
  switch (refusal) {
    case 'corrupt':
      return { usable: false, problem: 'corrupt', message: messages.corrupt() };
    case 'in_use':
      return { usable: false, problem: 'unreadable', message: messages.inUse() };
    case 'no_permission':
      return { usable: false, problem: 'unreadable', message: messages.noPermission() };
    case 'unreadable':
      return { usable: false, problem: 'unreadable', message: messages.unreadable() };
  }
}
