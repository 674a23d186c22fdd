import type Database from 'better-sqlite3';
import { allMigrations } from './migrations';

export type Recognition =
  | { kind: 'new' }
  | { kind: 'coachbook'; schemaVersion: number }
  | { kind: 'newer_coachbook'; schemaVersion: number }
  | { kind: 'other_program' };

/** Tables that may exist in a Coachbook file before its first migration committed. */
const PRE_MIGRATION_TABLES = ['migrations', 'typeorm_metadata', 'sqlite_sequence'];

/** Tables every Coachbook schema since the first migration has (0001-initial-schema.ts). */
const COACHBOOK_TABLES = ['reps', 'meetings', 'action_items', 'follow_up_checks', 'goals', 'settings'];

/** The names TypeORM records in `migrations` for Coachbook's own migrations, oldest first. */
const MIGRATION_NAMES = allMigrations.map((Migration) => new Migration().name);

/**
 * Whose database this is, read from its schema, never from `PRAGMA user_version` alone: many
 * programs number their schemas from 1 as Coachbook does (Android Room, most apps with a
 * user_version scheme). A Coachbook file has Coachbook's tables and TypeORM's `migrations` rows
 * naming Coachbook's migrations in order, one per schema version (all pending migrations commit
 * in one transaction with the user_version). A newer Coachbook has all of ours and more.
 */
export function recogniseCoachbookFile(db: Database.Database, latestSchemaVersion: number): Recognition {
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type IN ('table', 'view')").pluck().all().map(String);
  const userVersion = Number(db.pragma('user_version', { simple: true }));
  const applied = tables.includes('migrations') ? migrationNames(db) : [];
  if (applied === null) return { kind: 'other_program' };

  if (applied.length === 0) {
    const onlyPreMigration = tables.every((name) => PRE_MIGRATION_TABLES.includes(name));
    return userVersion === 0 && onlyPreMigration ? { kind: 'new' } : { kind: 'other_program' };
  }
  const oursInOrder = applied.every(
    (name, index) => index >= MIGRATION_NAMES.length || name === MIGRATION_NAMES[index],
  );
  const hasOurTables = COACHBOOK_TABLES.every((name) => tables.includes(name));
  if (!oursInOrder || !hasOurTables) return { kind: 'other_program' };

  if (userVersion > latestSchemaVersion) {
    return applied.length >= latestSchemaVersion
      ? { kind: 'newer_coachbook', schemaVersion: userVersion }
      : { kind: 'other_program' };
  }
  return applied.length === userVersion ? { kind: 'coachbook', schemaVersion: userVersion } : { kind: 'other_program' };
}

/** The names in TypeORM's migrations table in the order they ran; null when it is not TypeORM's table. */
function migrationNames(db: Database.Database): string[] | null {
  try {
    const rows: unknown[] = db.prepare('SELECT * FROM migrations ORDER BY rowid').all();
    const names = rows.map((row) =>
      typeof row === 'object' && row !== null && 'name' in row && typeof row.name === 'string' ? row.name : null,
    );
    return names.every((name): name is string => name !== null) ? names : null;
  } catch {
    return null;
  }
}
